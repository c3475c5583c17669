from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.pricebook_v2_materials_markup_request import (
    PricebookV2MaterialsMarkupRequest,
)
from ...models.result_of_pricebook_v2_materials_markup_response import (
    ResultOfPricebookV2MaterialsMarkupResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    body: PricebookV2MaterialsMarkupRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pricebook/v2/tenant/{tenant}/materialsmarkup".format(
            tenant=quote(str(tenant), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | ResultOfPricebookV2MaterialsMarkupResponse | None:
    if response.status_code == 201:
        response_201 = ResultOfPricebookV2MaterialsMarkupResponse.from_dict(
            response.json()
        )

        return response_201

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | ResultOfPricebookV2MaterialsMarkupResponse]:
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
    body: PricebookV2MaterialsMarkupRequest | Unset = UNSET,
) -> Response[ApiErrorResponse | ResultOfPricebookV2MaterialsMarkupResponse]:
    """
    Args:
        tenant (int):
        body (PricebookV2MaterialsMarkupRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ResultOfPricebookV2MaterialsMarkupResponse]
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
    body: PricebookV2MaterialsMarkupRequest | Unset = UNSET,
) -> ApiErrorResponse | ResultOfPricebookV2MaterialsMarkupResponse | None:
    """
    Args:
        tenant (int):
        body (PricebookV2MaterialsMarkupRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ResultOfPricebookV2MaterialsMarkupResponse
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
    body: PricebookV2MaterialsMarkupRequest | Unset = UNSET,
) -> Response[ApiErrorResponse | ResultOfPricebookV2MaterialsMarkupResponse]:
    """
    Args:
        tenant (int):
        body (PricebookV2MaterialsMarkupRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ResultOfPricebookV2MaterialsMarkupResponse]
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
    body: PricebookV2MaterialsMarkupRequest | Unset = UNSET,
) -> ApiErrorResponse | ResultOfPricebookV2MaterialsMarkupResponse | None:
    """
    Args:
        tenant (int):
        body (PricebookV2MaterialsMarkupRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ResultOfPricebookV2MaterialsMarkupResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            body=body,
        )
    ).parsed
