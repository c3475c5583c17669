import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_estimates_v2_estimate_item_response import (
    PaginatedResponseOfEstimatesV2EstimateItemResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    estimate_id: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["estimateId"] = estimate_id

    params["ids"] = ids

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    params["sort"] = sort

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sales/v2/tenant/{tenant}/estimates/items".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateItemResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfEstimatesV2EstimateItemResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    estimate_id: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateItemResponse]:
    """
    Args:
        tenant (int):
        estimate_id (int | Unset):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateItemResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        estimate_id=estimate_id,
        ids=ids,
        active=active,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        sort=sort,
        page=page,
        page_size=page_size,
        include_total=include_total,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    estimate_id: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateItemResponse | None:
    """
    Args:
        tenant (int):
        estimate_id (int | Unset):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateItemResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        estimate_id=estimate_id,
        ids=ids,
        active=active,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        sort=sort,
        page=page,
        page_size=page_size,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    estimate_id: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateItemResponse]:
    """
    Args:
        tenant (int):
        estimate_id (int | Unset):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateItemResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        estimate_id=estimate_id,
        ids=ids,
        active=active,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        sort=sort,
        page=page,
        page_size=page_size,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    estimate_id: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateItemResponse | None:
    """
    Args:
        tenant (int):
        estimate_id (int | Unset):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateItemResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            estimate_id=estimate_id,
            ids=ids,
            active=active,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            sort=sort,
            page=page,
            page_size=page_size,
            include_total=include_total,
        )
    ).parsed
