from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.reporting_v2_report_response import ReportingV2ReportResponse
from ...types import Response


def _get_kwargs(
    tenant: int,
    report_category: str,
    report_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reporting/v2/tenant/{tenant}/report-category/{report_category}/reports/{report_id}".format(
            tenant=quote(str(tenant), safe=""),
            report_category=quote(str(report_category), safe=""),
            report_id=quote(str(report_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | ReportingV2ReportResponse | None:
    if response.status_code == 200:
        response_200 = ReportingV2ReportResponse.from_dict(response.json())

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
) -> Response[ApiErrorResponse | ReportingV2ReportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    report_category: str,
    report_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ApiErrorResponse | ReportingV2ReportResponse]:
    """
    Args:
        tenant (int):
        report_category (str):
        report_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ReportingV2ReportResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        report_category=report_category,
        report_id=report_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    report_category: str,
    report_id: int,
    *,
    client: AuthenticatedClient,
) -> ApiErrorResponse | ReportingV2ReportResponse | None:
    """
    Args:
        tenant (int):
        report_category (str):
        report_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ReportingV2ReportResponse
    """

    return sync_detailed(
        tenant=tenant,
        report_category=report_category,
        report_id=report_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    report_category: str,
    report_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ApiErrorResponse | ReportingV2ReportResponse]:
    """
    Args:
        tenant (int):
        report_category (str):
        report_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ReportingV2ReportResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        report_category=report_category,
        report_id=report_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    report_category: str,
    report_id: int,
    *,
    client: AuthenticatedClient,
) -> ApiErrorResponse | ReportingV2ReportResponse | None:
    """
    Args:
        tenant (int):
        report_category (str):
        report_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ReportingV2ReportResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            report_category=report_category,
            report_id=report_id,
            client=client,
        )
    ).parsed
