from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_gl_account_extended_response import (
    AccountingV2GlAccountExtendedResponse,
)
from ...models.accounting_v2_gl_account_update_request import (
    AccountingV2GlAccountUpdateRequest,
)
from ...models.api_error_response import ApiErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    account_id: int,
    *,
    body: AccountingV2GlAccountUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/accounting/v2/tenant/{tenant}/gl-accounts/{account_id}".format(
            tenant=quote(str(tenant), safe=""),
            account_id=quote(str(account_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountingV2GlAccountExtendedResponse | ApiErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountingV2GlAccountExtendedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ApiErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApiErrorResponse.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountingV2GlAccountExtendedResponse | ApiErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountingV2GlAccountUpdateRequest | Unset = UNSET,
) -> Response[AccountingV2GlAccountExtendedResponse | ApiErrorResponse]:
    """
    Args:
        tenant (int):
        account_id (int):
        body (AccountingV2GlAccountUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingV2GlAccountExtendedResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountingV2GlAccountUpdateRequest | Unset = UNSET,
) -> AccountingV2GlAccountExtendedResponse | ApiErrorResponse | None:
    """
    Args:
        tenant (int):
        account_id (int):
        body (AccountingV2GlAccountUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingV2GlAccountExtendedResponse | ApiErrorResponse
    """

    return sync_detailed(
        tenant=tenant,
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountingV2GlAccountUpdateRequest | Unset = UNSET,
) -> Response[AccountingV2GlAccountExtendedResponse | ApiErrorResponse]:
    """
    Args:
        tenant (int):
        account_id (int):
        body (AccountingV2GlAccountUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingV2GlAccountExtendedResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountingV2GlAccountUpdateRequest | Unset = UNSET,
) -> AccountingV2GlAccountExtendedResponse | ApiErrorResponse | None:
    """
    Args:
        tenant (int):
        account_id (int):
        body (AccountingV2GlAccountUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingV2GlAccountExtendedResponse | ApiErrorResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
