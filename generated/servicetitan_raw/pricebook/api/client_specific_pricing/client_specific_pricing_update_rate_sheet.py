from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.estimates_v2_update_client_specific_pricing_request import (
    EstimatesV2UpdateClientSpecificPricingRequest,
)
from ...models.estimates_v2_update_client_specific_pricing_response import (
    EstimatesV2UpdateClientSpecificPricingResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    rate_sheet_id: int,
    *,
    body: EstimatesV2UpdateClientSpecificPricingRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/pricebook/v2/tenant/{tenant}/clientspecificpricing/{rate_sheet_id}".format(
            tenant=quote(str(tenant), safe=""),
            rate_sheet_id=quote(str(rate_sheet_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | EstimatesV2UpdateClientSpecificPricingResponse | None:
    if response.status_code == 200:
        response_200 = EstimatesV2UpdateClientSpecificPricingResponse.from_dict(
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
) -> Response[ApiErrorResponse | EstimatesV2UpdateClientSpecificPricingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    rate_sheet_id: int,
    *,
    client: AuthenticatedClient,
    body: EstimatesV2UpdateClientSpecificPricingRequest | Unset = UNSET,
) -> Response[ApiErrorResponse | EstimatesV2UpdateClientSpecificPricingResponse]:
    """
    Args:
        tenant (int):
        rate_sheet_id (int):
        body (EstimatesV2UpdateClientSpecificPricingRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | EstimatesV2UpdateClientSpecificPricingResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        rate_sheet_id=rate_sheet_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    rate_sheet_id: int,
    *,
    client: AuthenticatedClient,
    body: EstimatesV2UpdateClientSpecificPricingRequest | Unset = UNSET,
) -> ApiErrorResponse | EstimatesV2UpdateClientSpecificPricingResponse | None:
    """
    Args:
        tenant (int):
        rate_sheet_id (int):
        body (EstimatesV2UpdateClientSpecificPricingRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | EstimatesV2UpdateClientSpecificPricingResponse
    """

    return sync_detailed(
        tenant=tenant,
        rate_sheet_id=rate_sheet_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    rate_sheet_id: int,
    *,
    client: AuthenticatedClient,
    body: EstimatesV2UpdateClientSpecificPricingRequest | Unset = UNSET,
) -> Response[ApiErrorResponse | EstimatesV2UpdateClientSpecificPricingResponse]:
    """
    Args:
        tenant (int):
        rate_sheet_id (int):
        body (EstimatesV2UpdateClientSpecificPricingRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | EstimatesV2UpdateClientSpecificPricingResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        rate_sheet_id=rate_sheet_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    rate_sheet_id: int,
    *,
    client: AuthenticatedClient,
    body: EstimatesV2UpdateClientSpecificPricingRequest | Unset = UNSET,
) -> ApiErrorResponse | EstimatesV2UpdateClientSpecificPricingResponse | None:
    """
    Args:
        tenant (int):
        rate_sheet_id (int):
        body (EstimatesV2UpdateClientSpecificPricingRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | EstimatesV2UpdateClientSpecificPricingResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            rate_sheet_id=rate_sheet_id,
            client=client,
            body=body,
        )
    ).parsed
