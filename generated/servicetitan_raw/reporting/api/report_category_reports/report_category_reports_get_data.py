from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.reporting_v2_report_data_request import ReportingV2ReportDataRequest
from ...models.reporting_v2_report_data_response import ReportingV2ReportDataResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    report_category: str,
    report_id: int,
    *,
    body: ReportingV2ReportDataRequest | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/reporting/v2/tenant/{tenant}/report-category/{report_category}/reports/{report_id}/data".format(
            tenant=quote(str(tenant), safe=""),
            report_category=quote(str(report_category), safe=""),
            report_id=quote(str(report_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | ReportingV2ReportDataResponse | None:
    if response.status_code == 200:
        response_200 = ReportingV2ReportDataResponse.from_dict(response.json())

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
) -> Response[ApiErrorResponse | ReportingV2ReportDataResponse]:
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
    body: ReportingV2ReportDataRequest | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | ReportingV2ReportDataResponse]:
    """
    Args:
        tenant (int):
        report_category (str):
        report_id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        body (ReportingV2ReportDataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ReportingV2ReportDataResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        report_category=report_category,
        report_id=report_id,
        body=body,
        page=page,
        page_size=page_size,
        include_total=include_total,
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
    body: ReportingV2ReportDataRequest | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> ApiErrorResponse | ReportingV2ReportDataResponse | None:
    """
    Args:
        tenant (int):
        report_category (str):
        report_id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        body (ReportingV2ReportDataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ReportingV2ReportDataResponse
    """

    return sync_detailed(
        tenant=tenant,
        report_category=report_category,
        report_id=report_id,
        client=client,
        body=body,
        page=page,
        page_size=page_size,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    report_category: str,
    report_id: int,
    *,
    client: AuthenticatedClient,
    body: ReportingV2ReportDataRequest | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | ReportingV2ReportDataResponse]:
    """
    Args:
        tenant (int):
        report_category (str):
        report_id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        body (ReportingV2ReportDataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ReportingV2ReportDataResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        report_category=report_category,
        report_id=report_id,
        body=body,
        page=page,
        page_size=page_size,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    report_category: str,
    report_id: int,
    *,
    client: AuthenticatedClient,
    body: ReportingV2ReportDataRequest | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> ApiErrorResponse | ReportingV2ReportDataResponse | None:
    """
    Args:
        tenant (int):
        report_category (str):
        report_id (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        body (ReportingV2ReportDataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ReportingV2ReportDataResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            report_category=report_category,
            report_id=report_id,
            client=client,
            body=body,
            page=page,
            page_size=page_size,
            include_total=include_total,
        )
    ).parsed
