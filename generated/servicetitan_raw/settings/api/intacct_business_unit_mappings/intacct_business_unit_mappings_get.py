from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_accounting_v2_integrations_intacct_intacct_business_unit_mapping_response import (
    PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    page: int,
    page_size: int,
    include_total: bool,
    ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/v2/tenant/{tenant}/business-units/intacct".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse
    | None
):
    if response.status_code == 200:
        response_200 = PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse.from_dict(
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
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse
]:
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
    page: int,
    page_size: int,
    include_total: bool,
    ids: list[int] | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse
]:
    """
    Args:
        tenant (int):
        page (int):
        page_size (int):
        include_total (bool):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int,
    page_size: int,
    include_total: bool,
    ids: list[int] | Unset = UNSET,
) -> (
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse
    | None
):
    """
    Args:
        tenant (int):
        page (int):
        page_size (int):
        include_total (bool):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int,
    page_size: int,
    include_total: bool,
    ids: list[int] | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse
]:
    """
    Args:
        tenant (int):
        page (int):
        page_size (int):
        include_total (bool):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int,
    page_size: int,
    include_total: bool,
    ids: list[int] | Unset = UNSET,
) -> (
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse
    | None
):
    """
    Args:
        tenant (int):
        page (int):
        page_size (int):
        include_total (bool):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            ids=ids,
        )
    ).parsed
