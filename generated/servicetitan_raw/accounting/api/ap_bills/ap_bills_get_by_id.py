from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_ap_bill_response import AccountingV2ApBillResponse
from ...models.api_error_response import ApiErrorResponse
from ...types import Response


def _get_kwargs(
    tenant: int,
    bill_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/ap-bills/{bill_id}".format(
            tenant=quote(str(tenant), safe=""),
            bill_id=quote(str(bill_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountingV2ApBillResponse | ApiErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountingV2ApBillResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ApiErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountingV2ApBillResponse | ApiErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    bill_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AccountingV2ApBillResponse | ApiErrorResponse]:
    """
    Args:
        tenant (int):
        bill_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingV2ApBillResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        bill_id=bill_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    bill_id: int,
    *,
    client: AuthenticatedClient,
) -> AccountingV2ApBillResponse | ApiErrorResponse | None:
    """
    Args:
        tenant (int):
        bill_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingV2ApBillResponse | ApiErrorResponse
    """

    return sync_detailed(
        tenant=tenant,
        bill_id=bill_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    bill_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AccountingV2ApBillResponse | ApiErrorResponse]:
    """
    Args:
        tenant (int):
        bill_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingV2ApBillResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        bill_id=bill_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    bill_id: int,
    *,
    client: AuthenticatedClient,
) -> AccountingV2ApBillResponse | ApiErrorResponse | None:
    """
    Args:
        tenant (int):
        bill_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingV2ApBillResponse | ApiErrorResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            bill_id=bill_id,
            client=client,
        )
    ).parsed
