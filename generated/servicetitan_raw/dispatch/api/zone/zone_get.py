from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.dispatch_v2_zone_response import DispatchV2ZoneResponse
from ...types import Response


def _get_kwargs(
    tenant: int,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dispatch/v2/tenant/{tenant}/zones/{id}".format(
            tenant=quote(str(tenant), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | DispatchV2ZoneResponse | None:
    if response.status_code == 200:
        response_200 = DispatchV2ZoneResponse.from_dict(response.json())

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
) -> Response[ApiErrorResponse | DispatchV2ZoneResponse]:
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
) -> Response[ApiErrorResponse | DispatchV2ZoneResponse]:
    """
    Args:
        tenant (int):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | DispatchV2ZoneResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
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
) -> ApiErrorResponse | DispatchV2ZoneResponse | None:
    """
    Args:
        tenant (int):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | DispatchV2ZoneResponse
    """

    return sync_detailed(
        tenant=tenant,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ApiErrorResponse | DispatchV2ZoneResponse]:
    """
    Args:
        tenant (int):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | DispatchV2ZoneResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
) -> ApiErrorResponse | DispatchV2ZoneResponse | None:
    """
    Args:
        tenant (int):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | DispatchV2ZoneResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            id=id,
            client=client,
        )
    ).parsed
