from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.reporting_v2_report_data_pending_response import (
    ReportingV2ReportDataPendingResponse,
)
from ...models.reporting_v2_report_data_response import ReportingV2ReportDataResponse
from ...types import Response


def _get_kwargs(
    tenant: int,
    token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reporting/v2/tenant/{tenant}/data-queries/{token}".format(
            tenant=quote(str(tenant), safe=""),
            token=quote(str(token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse
    | ReportingV2ReportDataPendingResponse
    | ReportingV2ReportDataResponse
    | None
):
    if response.status_code == 200:
        response_200 = ReportingV2ReportDataResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = ReportingV2ReportDataPendingResponse.from_dict(response.json())

        return response_202

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
) -> Response[
    ApiErrorResponse
    | ReportingV2ReportDataPendingResponse
    | ReportingV2ReportDataResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ApiErrorResponse
    | ReportingV2ReportDataPendingResponse
    | ReportingV2ReportDataResponse
]:
    """
    Args:
        tenant (int):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ReportingV2ReportDataPendingResponse | ReportingV2ReportDataResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    token: str,
    *,
    client: AuthenticatedClient,
) -> (
    ApiErrorResponse
    | ReportingV2ReportDataPendingResponse
    | ReportingV2ReportDataResponse
    | None
):
    """
    Args:
        tenant (int):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ReportingV2ReportDataPendingResponse | ReportingV2ReportDataResponse
    """

    return sync_detailed(
        tenant=tenant,
        token=token,
        client=client,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ApiErrorResponse
    | ReportingV2ReportDataPendingResponse
    | ReportingV2ReportDataResponse
]:
    """
    Args:
        tenant (int):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ReportingV2ReportDataPendingResponse | ReportingV2ReportDataResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    token: str,
    *,
    client: AuthenticatedClient,
) -> (
    ApiErrorResponse
    | ReportingV2ReportDataPendingResponse
    | ReportingV2ReportDataResponse
    | None
):
    """
    Args:
        tenant (int):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ReportingV2ReportDataPendingResponse | ReportingV2ReportDataResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            token=token,
            client=client,
        )
    ).parsed
