from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_accounting_v2_detailed_transaction_response import (
    PaginatedResponseOfAccountingV2DetailedTransactionResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/bank-deposits/{id}/transactions".format(
            tenant=quote(str(tenant), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedTransactionResponse | None
):
    if response.status_code == 200:
        response_200 = (
            PaginatedResponseOfAccountingV2DetailedTransactionResponse.from_dict(
                response.json()
            )
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
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedTransactionResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedTransactionResponse
]:
    """
    Args:
        tenant (int):
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedTransactionResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
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
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> (
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedTransactionResponse | None
):
    """
    Args:
        tenant (int):
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedTransactionResponse
    """

    return sync_detailed(
        tenant=tenant,
        id=id,
        client=client,
        page=page,
        page_size=page_size,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedTransactionResponse
]:
    """
    Args:
        tenant (int):
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedTransactionResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        page=page,
        page_size=page_size,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> (
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedTransactionResponse | None
):
    """
    Args:
        tenant (int):
        id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedTransactionResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            id=id,
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
        )
    ).parsed
