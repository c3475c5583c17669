from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_credit_memos_mark_credit_memo_as_exported_request import (
    AccountingV2CreditMemosMarkCreditMemoAsExportedRequest,
)
from ...models.accounting_v2_credit_memos_mark_credit_memo_as_exported_response import (
    AccountingV2CreditMemosMarkCreditMemoAsExportedResponse,
)
from ...models.api_error_response import ApiErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    body: list[AccountingV2CreditMemosMarkCreditMemoAsExportedRequest] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounting/v2/tenant/{tenant}/credit-memos/markasexported".format(
            tenant=quote(str(tenant), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse
    | list[AccountingV2CreditMemosMarkCreditMemoAsExportedResponse]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = (
                AccountingV2CreditMemosMarkCreditMemoAsExportedResponse.from_dict(
                    response_200_item_data
                )
            )

            response_200.append(response_200_item)

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
    ApiErrorResponse | list[AccountingV2CreditMemosMarkCreditMemoAsExportedResponse]
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
    body: list[AccountingV2CreditMemosMarkCreditMemoAsExportedRequest] | Unset = UNSET,
) -> Response[
    ApiErrorResponse | list[AccountingV2CreditMemosMarkCreditMemoAsExportedResponse]
]:
    """
    Args:
        tenant (int):
        body (list[AccountingV2CreditMemosMarkCreditMemoAsExportedRequest] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | list[AccountingV2CreditMemosMarkCreditMemoAsExportedResponse]]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    body: list[AccountingV2CreditMemosMarkCreditMemoAsExportedRequest] | Unset = UNSET,
) -> (
    ApiErrorResponse
    | list[AccountingV2CreditMemosMarkCreditMemoAsExportedResponse]
    | None
):
    """
    Args:
        tenant (int):
        body (list[AccountingV2CreditMemosMarkCreditMemoAsExportedRequest] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | list[AccountingV2CreditMemosMarkCreditMemoAsExportedResponse]
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    body: list[AccountingV2CreditMemosMarkCreditMemoAsExportedRequest] | Unset = UNSET,
) -> Response[
    ApiErrorResponse | list[AccountingV2CreditMemosMarkCreditMemoAsExportedResponse]
]:
    """
    Args:
        tenant (int):
        body (list[AccountingV2CreditMemosMarkCreditMemoAsExportedRequest] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | list[AccountingV2CreditMemosMarkCreditMemoAsExportedResponse]]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    body: list[AccountingV2CreditMemosMarkCreditMemoAsExportedRequest] | Unset = UNSET,
) -> (
    ApiErrorResponse
    | list[AccountingV2CreditMemosMarkCreditMemoAsExportedResponse]
    | None
):
    """
    Args:
        tenant (int):
        body (list[AccountingV2CreditMemosMarkCreditMemoAsExportedRequest] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | list[AccountingV2CreditMemosMarkCreditMemoAsExportedResponse]
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            body=body,
        )
    ).parsed
