import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.marketing_ads_contracts_performance_performance_segmentation_type import (
    MarketingAdsContractsPerformancePerformanceSegmentationType,
)
from ...models.paginated_response_of_marketing_ads_contracts_performance_get_performance_response import (
    PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    from_utc: datetime.datetime,
    to_utc: datetime.datetime,
    performance_segmentation_type: MarketingAdsContractsPerformancePerformanceSegmentationType,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_utc = from_utc.isoformat()
    params["fromUtc"] = json_from_utc

    json_to_utc = to_utc.isoformat()
    params["toUtc"] = json_to_utc

    json_performance_segmentation_type = performance_segmentation_type.value
    params["performanceSegmentationType"] = json_performance_segmentation_type

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketingads/v2/tenant/{tenant}/performance".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse
    | PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse
    | None
):
    if response.status_code == 200:
        response_200 = PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse.from_dict(
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
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse
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
    from_utc: datetime.datetime,
    to_utc: datetime.datetime,
    performance_segmentation_type: MarketingAdsContractsPerformancePerformanceSegmentationType,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse
]:
    """
    Args:
        tenant (int):
        from_utc (datetime.datetime):
        to_utc (datetime.datetime):
        performance_segmentation_type
            (MarketingAdsContractsPerformancePerformanceSegmentationType):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        from_utc=from_utc,
        to_utc=to_utc,
        performance_segmentation_type=performance_segmentation_type,
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
    *,
    client: AuthenticatedClient,
    from_utc: datetime.datetime,
    to_utc: datetime.datetime,
    performance_segmentation_type: MarketingAdsContractsPerformancePerformanceSegmentationType,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> (
    ApiErrorResponse
    | PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse
    | None
):
    """
    Args:
        tenant (int):
        from_utc (datetime.datetime):
        to_utc (datetime.datetime):
        performance_segmentation_type
            (MarketingAdsContractsPerformancePerformanceSegmentationType):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        from_utc=from_utc,
        to_utc=to_utc,
        performance_segmentation_type=performance_segmentation_type,
        page=page,
        page_size=page_size,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    from_utc: datetime.datetime,
    to_utc: datetime.datetime,
    performance_segmentation_type: MarketingAdsContractsPerformancePerformanceSegmentationType,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse
]:
    """
    Args:
        tenant (int):
        from_utc (datetime.datetime):
        to_utc (datetime.datetime):
        performance_segmentation_type
            (MarketingAdsContractsPerformancePerformanceSegmentationType):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        from_utc=from_utc,
        to_utc=to_utc,
        performance_segmentation_type=performance_segmentation_type,
        page=page,
        page_size=page_size,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    from_utc: datetime.datetime,
    to_utc: datetime.datetime,
    performance_segmentation_type: MarketingAdsContractsPerformancePerformanceSegmentationType,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> (
    ApiErrorResponse
    | PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse
    | None
):
    """
    Args:
        tenant (int):
        from_utc (datetime.datetime):
        to_utc (datetime.datetime):
        performance_segmentation_type
            (MarketingAdsContractsPerformancePerformanceSegmentationType):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            from_utc=from_utc,
            to_utc=to_utc,
            performance_segmentation_type=performance_segmentation_type,
            page=page,
            page_size=page_size,
            include_total=include_total,
        )
    ).parsed
