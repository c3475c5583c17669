import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.scheduling_pro_v2_router_performance_response import (
    SchedulingProV2RouterPerformanceResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    tenant: int,
    id: str,
    *,
    session_created_on_or_after: datetime.datetime,
    session_created_before: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_session_created_on_or_after = session_created_on_or_after.isoformat()
    params["sessionCreatedOnOrAfter"] = json_session_created_on_or_after

    json_session_created_before = session_created_before.isoformat()
    params["sessionCreatedBefore"] = json_session_created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/schedulingpro/v2/tenant/{tenant}/routers/{id}/performance".format(
            tenant=quote(str(tenant), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | SchedulingProV2RouterPerformanceResponse | None:
    if response.status_code == 200:
        response_200 = SchedulingProV2RouterPerformanceResponse.from_dict(
            response.json()
        )

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
) -> Response[ApiErrorResponse | SchedulingProV2RouterPerformanceResponse]:
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
    session_created_on_or_after: datetime.datetime,
    session_created_before: datetime.datetime,
) -> Response[ApiErrorResponse | SchedulingProV2RouterPerformanceResponse]:
    """
    Args:
        tenant (int):
        id (str):
        session_created_on_or_after (datetime.datetime):
        session_created_before (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | SchedulingProV2RouterPerformanceResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        session_created_on_or_after=session_created_on_or_after,
        session_created_before=session_created_before,
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
    session_created_on_or_after: datetime.datetime,
    session_created_before: datetime.datetime,
) -> ApiErrorResponse | SchedulingProV2RouterPerformanceResponse | None:
    """
    Args:
        tenant (int):
        id (str):
        session_created_on_or_after (datetime.datetime):
        session_created_before (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | SchedulingProV2RouterPerformanceResponse
    """

    return sync_detailed(
        tenant=tenant,
        id=id,
        client=client,
        session_created_on_or_after=session_created_on_or_after,
        session_created_before=session_created_before,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    id: str,
    *,
    client: AuthenticatedClient,
    session_created_on_or_after: datetime.datetime,
    session_created_before: datetime.datetime,
) -> Response[ApiErrorResponse | SchedulingProV2RouterPerformanceResponse]:
    """
    Args:
        tenant (int):
        id (str):
        session_created_on_or_after (datetime.datetime):
        session_created_before (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | SchedulingProV2RouterPerformanceResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        session_created_on_or_after=session_created_on_or_after,
        session_created_before=session_created_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    id: str,
    *,
    client: AuthenticatedClient,
    session_created_on_or_after: datetime.datetime,
    session_created_before: datetime.datetime,
) -> ApiErrorResponse | SchedulingProV2RouterPerformanceResponse | None:
    """
    Args:
        tenant (int):
        id (str):
        session_created_on_or_after (datetime.datetime):
        session_created_before (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | SchedulingProV2RouterPerformanceResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            id=id,
            client=client,
            session_created_on_or_after=session_created_on_or_after,
            session_created_before=session_created_before,
        )
    ).parsed
