from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_jpm_budget_codes_segment_item_model import (
    PaginatedResponseOfJpmBudgetCodesSegmentItemModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    segment_id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["includeChildren"] = include_children

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jpm/v2/tenant/{tenant}/work-breakdown-structure/segments/{segment_id}/items".format(
            tenant=quote(str(tenant), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfJpmBudgetCodesSegmentItemModel | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfJpmBudgetCodesSegmentItemModel.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmBudgetCodesSegmentItemModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    segment_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmBudgetCodesSegmentItemModel]:
    """
    Args:
        tenant (int):
        segment_id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        include_children (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfJpmBudgetCodesSegmentItemModel]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        segment_id=segment_id,
        page=page,
        page_size=page_size,
        include_total=include_total,
        include_children=include_children,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    segment_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfJpmBudgetCodesSegmentItemModel | None:
    """
    Args:
        tenant (int):
        segment_id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        include_children (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfJpmBudgetCodesSegmentItemModel
    """

    return sync_detailed(
        tenant=tenant,
        segment_id=segment_id,
        client=client,
        page=page,
        page_size=page_size,
        include_total=include_total,
        include_children=include_children,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    segment_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmBudgetCodesSegmentItemModel]:
    """
    Args:
        tenant (int):
        segment_id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        include_children (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfJpmBudgetCodesSegmentItemModel]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        segment_id=segment_id,
        page=page,
        page_size=page_size,
        include_total=include_total,
        include_children=include_children,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    segment_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfJpmBudgetCodesSegmentItemModel | None:
    """
    Args:
        tenant (int):
        segment_id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        include_children (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfJpmBudgetCodesSegmentItemModel
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            segment_id=segment_id,
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            include_children=include_children,
        )
    ).parsed
