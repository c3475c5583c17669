from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_journal_entry_paging_response_of_accounting_v2_journal_entry_details_response import (
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse,
)
from ...models.api_error_response import ApiErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    id: str,
    *,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["page"] = page

    params["includeTotal"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/journal-entries/{id}/details".format(
            tenant=quote(str(tenant), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse
    | ApiErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse.from_dict(
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
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse
    | ApiErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse
    | ApiErrorResponse
]:
    """
    Args:
        tenant (int):
        id (str):
        page_size (int | Unset):
        page (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        page_size=page_size,
        page=page,
        include_total=include_total,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> (
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse
    | ApiErrorResponse
    | None
):
    """
    Args:
        tenant (int):
        id (str):
        page_size (int | Unset):
        page (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse | ApiErrorResponse
    """

    return sync_detailed(
        tenant=tenant,
        id=id,
        client=client,
        page_size=page_size,
        page=page,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse
    | ApiErrorResponse
]:
    """
    Args:
        tenant (int):
        id (str):
        page_size (int | Unset):
        page (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        page_size=page_size,
        page=page,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> (
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse
    | ApiErrorResponse
    | None
):
    """
    Args:
        tenant (int):
        id (str):
        page_size (int | Unset):
        page (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse | ApiErrorResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            id=id,
            client=client,
            page_size=page_size,
            page=page,
            include_total=include_total,
        )
    ).parsed
