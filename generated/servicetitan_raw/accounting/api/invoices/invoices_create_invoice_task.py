from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_create_invoice_task_request import (
    AccountingV2CreateInvoiceTaskRequest,
)
from ...models.accounting_v2_create_invoice_task_response import (
    AccountingV2CreateInvoiceTaskResponse,
)
from ...models.api_error_response import ApiErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    invoice_id: int,
    *,
    body: AccountingV2CreateInvoiceTaskRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounting/v2/tenant/{tenant}/invoices/{invoice_id}/tasks".format(
            tenant=quote(str(tenant), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountingV2CreateInvoiceTaskResponse | ApiErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountingV2CreateInvoiceTaskResponse.from_dict(response.json())

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
) -> Response[AccountingV2CreateInvoiceTaskResponse | ApiErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountingV2CreateInvoiceTaskRequest | Unset = UNSET,
) -> Response[AccountingV2CreateInvoiceTaskResponse | ApiErrorResponse]:
    """
    Args:
        tenant (int):
        invoice_id (int):
        body (AccountingV2CreateInvoiceTaskRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingV2CreateInvoiceTaskResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        invoice_id=invoice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountingV2CreateInvoiceTaskRequest | Unset = UNSET,
) -> AccountingV2CreateInvoiceTaskResponse | ApiErrorResponse | None:
    """
    Args:
        tenant (int):
        invoice_id (int):
        body (AccountingV2CreateInvoiceTaskRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingV2CreateInvoiceTaskResponse | ApiErrorResponse
    """

    return sync_detailed(
        tenant=tenant,
        invoice_id=invoice_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountingV2CreateInvoiceTaskRequest | Unset = UNSET,
) -> Response[AccountingV2CreateInvoiceTaskResponse | ApiErrorResponse]:
    """
    Args:
        tenant (int):
        invoice_id (int):
        body (AccountingV2CreateInvoiceTaskRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingV2CreateInvoiceTaskResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    invoice_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountingV2CreateInvoiceTaskRequest | Unset = UNSET,
) -> AccountingV2CreateInvoiceTaskResponse | ApiErrorResponse | None:
    """
    Args:
        tenant (int):
        invoice_id (int):
        body (AccountingV2CreateInvoiceTaskRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingV2CreateInvoiceTaskResponse | ApiErrorResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
