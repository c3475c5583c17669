from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dispatch_v2_create_or_update_zone_request_args import (
    DispatchV2CreateOrUpdateZoneRequestArgs,
)
from ...models.dispatch_v2_create_or_update_zone_response import (
    DispatchV2CreateOrUpdateZoneResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    zone_id: int,
    *,
    body: DispatchV2CreateOrUpdateZoneRequestArgs | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/dispatch/v2/tenant/{tenant}/zones/{zone_id}".format(
            tenant=quote(str(tenant), safe=""),
            zone_id=quote(str(zone_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DispatchV2CreateOrUpdateZoneResponse | str | None:
    if response.status_code == 200:
        response_200 = DispatchV2CreateOrUpdateZoneResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(str, response.json())
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DispatchV2CreateOrUpdateZoneResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    zone_id: int,
    *,
    client: AuthenticatedClient,
    body: DispatchV2CreateOrUpdateZoneRequestArgs | Unset = UNSET,
) -> Response[DispatchV2CreateOrUpdateZoneResponse | str]:
    """
    Args:
        tenant (int):
        zone_id (int):
        body (DispatchV2CreateOrUpdateZoneRequestArgs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DispatchV2CreateOrUpdateZoneResponse | str]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        zone_id=zone_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    zone_id: int,
    *,
    client: AuthenticatedClient,
    body: DispatchV2CreateOrUpdateZoneRequestArgs | Unset = UNSET,
) -> DispatchV2CreateOrUpdateZoneResponse | str | None:
    """
    Args:
        tenant (int):
        zone_id (int):
        body (DispatchV2CreateOrUpdateZoneRequestArgs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DispatchV2CreateOrUpdateZoneResponse | str
    """

    return sync_detailed(
        tenant=tenant,
        zone_id=zone_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    zone_id: int,
    *,
    client: AuthenticatedClient,
    body: DispatchV2CreateOrUpdateZoneRequestArgs | Unset = UNSET,
) -> Response[DispatchV2CreateOrUpdateZoneResponse | str]:
    """
    Args:
        tenant (int):
        zone_id (int):
        body (DispatchV2CreateOrUpdateZoneRequestArgs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DispatchV2CreateOrUpdateZoneResponse | str]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        zone_id=zone_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    zone_id: int,
    *,
    client: AuthenticatedClient,
    body: DispatchV2CreateOrUpdateZoneRequestArgs | Unset = UNSET,
) -> DispatchV2CreateOrUpdateZoneResponse | str | None:
    """
    Args:
        tenant (int):
        zone_id (int):
        body (DispatchV2CreateOrUpdateZoneRequestArgs | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DispatchV2CreateOrUpdateZoneResponse | str
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            zone_id=zone_id,
            client=client,
            body=body,
        )
    ).parsed
