from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dispatch_v2_technician_tracking_response import (
    DispatchV2TechnicianTrackingResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    tenant: int,
    *,
    technician_id: int,
    appointment_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["technicianId"] = technician_id

    params["appointmentId"] = appointment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dispatch/v2/tenant/{tenant}/technician-tracking".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DispatchV2TechnicianTrackingResponse | str | None:
    if response.status_code == 200:
        response_200 = DispatchV2TechnicianTrackingResponse.from_dict(response.json())

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
) -> Response[DispatchV2TechnicianTrackingResponse | str]:
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
    technician_id: int,
    appointment_id: int,
) -> Response[DispatchV2TechnicianTrackingResponse | str]:
    """
    Args:
        tenant (int):
        technician_id (int):
        appointment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DispatchV2TechnicianTrackingResponse | str]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        technician_id=technician_id,
        appointment_id=appointment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    technician_id: int,
    appointment_id: int,
) -> DispatchV2TechnicianTrackingResponse | str | None:
    """
    Args:
        tenant (int):
        technician_id (int):
        appointment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DispatchV2TechnicianTrackingResponse | str
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        technician_id=technician_id,
        appointment_id=appointment_id,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    technician_id: int,
    appointment_id: int,
) -> Response[DispatchV2TechnicianTrackingResponse | str]:
    """
    Args:
        tenant (int):
        technician_id (int):
        appointment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DispatchV2TechnicianTrackingResponse | str]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        technician_id=technician_id,
        appointment_id=appointment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    technician_id: int,
    appointment_id: int,
) -> DispatchV2TechnicianTrackingResponse | str | None:
    """
    Args:
        tenant (int):
        technician_id (int):
        appointment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DispatchV2TechnicianTrackingResponse | str
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            technician_id=technician_id,
            appointment_id=appointment_id,
        )
    ).parsed
