import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_response_of_service_titan_marketing_review_engine_services_models_reviews_review_report import (
    PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport,
)
from ...models.service_titan_marketing_review_engine_services_models_reviews_response_type import (
    ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType,
)
from ...models.service_titan_marketing_review_engine_services_models_reviews_review_match_confidence_level import (
    ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel,
)
from ...models.service_titan_marketing_review_engine_services_models_reviews_reviews_report_type import (
    ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    report_type: ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType
    | Unset = UNSET,
    sort: str | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    response_types: list[
        ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType
    ]
    | Unset = UNSET,
    location_ids: list[int] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    review_statuses: list[
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel
    ]
    | Unset = UNSET,
    technician_ids: list[int] | Unset = UNSET,
    campaign_ids: list[int] | Unset = UNSET,
    from_rating: float | Unset = UNSET,
    to_rating: float | Unset = UNSET,
    include_reviews_without_location: bool | Unset = UNSET,
    include_reviews_without_campaign: bool | Unset = UNSET,
    include_reviews_without_technician: bool | Unset = UNSET,
    internal_id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["search"] = search

    json_report_type: int | Unset = UNSET
    if not isinstance(report_type, Unset):
        json_report_type = report_type.value

    params["reportType"] = json_report_type

    params["sort"] = sort

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    json_response_types: list[int] | Unset = UNSET
    if not isinstance(response_types, Unset):
        json_response_types = []
        for response_types_item_data in response_types:
            response_types_item = response_types_item_data.value
            json_response_types.append(response_types_item)

    params["responseTypes"] = json_response_types

    json_location_ids: list[int] | Unset = UNSET
    if not isinstance(location_ids, Unset):
        json_location_ids = location_ids

    params["locationIds"] = json_location_ids

    json_sources: list[str] | Unset = UNSET
    if not isinstance(sources, Unset):
        json_sources = sources

    params["sources"] = json_sources

    json_review_statuses: list[int] | Unset = UNSET
    if not isinstance(review_statuses, Unset):
        json_review_statuses = []
        for review_statuses_item_data in review_statuses:
            review_statuses_item = review_statuses_item_data.value
            json_review_statuses.append(review_statuses_item)

    params["reviewStatuses"] = json_review_statuses

    json_technician_ids: list[int] | Unset = UNSET
    if not isinstance(technician_ids, Unset):
        json_technician_ids = technician_ids

    params["technicianIds"] = json_technician_ids

    json_campaign_ids: list[int] | Unset = UNSET
    if not isinstance(campaign_ids, Unset):
        json_campaign_ids = campaign_ids

    params["campaignIds"] = json_campaign_ids

    params["fromRating"] = from_rating

    params["toRating"] = to_rating

    params["includeReviewsWithoutLocation"] = include_reviews_without_location

    params["includeReviewsWithoutCampaign"] = include_reviews_without_campaign

    params["includeReviewsWithoutTechnician"] = include_reviews_without_technician

    params["internalId"] = internal_id

    params["externalId"] = external_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketingreputation/v2/tenant/{tenant}/reviews".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport
    | None
):
    if response.status_code == 200:
        response_200 = PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    report_type: ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType
    | Unset = UNSET,
    sort: str | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    response_types: list[
        ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType
    ]
    | Unset = UNSET,
    location_ids: list[int] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    review_statuses: list[
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel
    ]
    | Unset = UNSET,
    technician_ids: list[int] | Unset = UNSET,
    campaign_ids: list[int] | Unset = UNSET,
    from_rating: float | Unset = UNSET,
    to_rating: float | Unset = UNSET,
    include_reviews_without_location: bool | Unset = UNSET,
    include_reviews_without_campaign: bool | Unset = UNSET,
    include_reviews_without_technician: bool | Unset = UNSET,
    internal_id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> Response[
    PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport
]:
    """
    Args:
        tenant (str):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        search (str | Unset):
        report_type (ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType |
            Unset):
        sort (str | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        response_types (list[ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType] |
            Unset):
        location_ids (list[int] | Unset):
        sources (list[str] | Unset):
        review_statuses
            (list[ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel] |
            Unset):
        technician_ids (list[int] | Unset):
        campaign_ids (list[int] | Unset):
        from_rating (float | Unset):
        to_rating (float | Unset):
        include_reviews_without_location (bool | Unset):
        include_reviews_without_campaign (bool | Unset):
        include_reviews_without_technician (bool | Unset):
        internal_id (int | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        search=search,
        report_type=report_type,
        sort=sort,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
        from_date=from_date,
        to_date=to_date,
        response_types=response_types,
        location_ids=location_ids,
        sources=sources,
        review_statuses=review_statuses,
        technician_ids=technician_ids,
        campaign_ids=campaign_ids,
        from_rating=from_rating,
        to_rating=to_rating,
        include_reviews_without_location=include_reviews_without_location,
        include_reviews_without_campaign=include_reviews_without_campaign,
        include_reviews_without_technician=include_reviews_without_technician,
        internal_id=internal_id,
        external_id=external_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    report_type: ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType
    | Unset = UNSET,
    sort: str | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    response_types: list[
        ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType
    ]
    | Unset = UNSET,
    location_ids: list[int] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    review_statuses: list[
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel
    ]
    | Unset = UNSET,
    technician_ids: list[int] | Unset = UNSET,
    campaign_ids: list[int] | Unset = UNSET,
    from_rating: float | Unset = UNSET,
    to_rating: float | Unset = UNSET,
    include_reviews_without_location: bool | Unset = UNSET,
    include_reviews_without_campaign: bool | Unset = UNSET,
    include_reviews_without_technician: bool | Unset = UNSET,
    internal_id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> (
    PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport
    | None
):
    """
    Args:
        tenant (str):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        search (str | Unset):
        report_type (ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType |
            Unset):
        sort (str | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        response_types (list[ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType] |
            Unset):
        location_ids (list[int] | Unset):
        sources (list[str] | Unset):
        review_statuses
            (list[ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel] |
            Unset):
        technician_ids (list[int] | Unset):
        campaign_ids (list[int] | Unset):
        from_rating (float | Unset):
        to_rating (float | Unset):
        include_reviews_without_location (bool | Unset):
        include_reviews_without_campaign (bool | Unset):
        include_reviews_without_technician (bool | Unset):
        internal_id (int | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        page=page,
        page_size=page_size,
        include_total=include_total,
        search=search,
        report_type=report_type,
        sort=sort,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
        from_date=from_date,
        to_date=to_date,
        response_types=response_types,
        location_ids=location_ids,
        sources=sources,
        review_statuses=review_statuses,
        technician_ids=technician_ids,
        campaign_ids=campaign_ids,
        from_rating=from_rating,
        to_rating=to_rating,
        include_reviews_without_location=include_reviews_without_location,
        include_reviews_without_campaign=include_reviews_without_campaign,
        include_reviews_without_technician=include_reviews_without_technician,
        internal_id=internal_id,
        external_id=external_id,
    ).parsed


async def asyncio_detailed(
    tenant: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    report_type: ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType
    | Unset = UNSET,
    sort: str | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    response_types: list[
        ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType
    ]
    | Unset = UNSET,
    location_ids: list[int] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    review_statuses: list[
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel
    ]
    | Unset = UNSET,
    technician_ids: list[int] | Unset = UNSET,
    campaign_ids: list[int] | Unset = UNSET,
    from_rating: float | Unset = UNSET,
    to_rating: float | Unset = UNSET,
    include_reviews_without_location: bool | Unset = UNSET,
    include_reviews_without_campaign: bool | Unset = UNSET,
    include_reviews_without_technician: bool | Unset = UNSET,
    internal_id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> Response[
    PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport
]:
    """
    Args:
        tenant (str):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        search (str | Unset):
        report_type (ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType |
            Unset):
        sort (str | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        response_types (list[ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType] |
            Unset):
        location_ids (list[int] | Unset):
        sources (list[str] | Unset):
        review_statuses
            (list[ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel] |
            Unset):
        technician_ids (list[int] | Unset):
        campaign_ids (list[int] | Unset):
        from_rating (float | Unset):
        to_rating (float | Unset):
        include_reviews_without_location (bool | Unset):
        include_reviews_without_campaign (bool | Unset):
        include_reviews_without_technician (bool | Unset):
        internal_id (int | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        search=search,
        report_type=report_type,
        sort=sort,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
        from_date=from_date,
        to_date=to_date,
        response_types=response_types,
        location_ids=location_ids,
        sources=sources,
        review_statuses=review_statuses,
        technician_ids=technician_ids,
        campaign_ids=campaign_ids,
        from_rating=from_rating,
        to_rating=to_rating,
        include_reviews_without_location=include_reviews_without_location,
        include_reviews_without_campaign=include_reviews_without_campaign,
        include_reviews_without_technician=include_reviews_without_technician,
        internal_id=internal_id,
        external_id=external_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    report_type: ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType
    | Unset = UNSET,
    sort: str | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    response_types: list[
        ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType
    ]
    | Unset = UNSET,
    location_ids: list[int] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    review_statuses: list[
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel
    ]
    | Unset = UNSET,
    technician_ids: list[int] | Unset = UNSET,
    campaign_ids: list[int] | Unset = UNSET,
    from_rating: float | Unset = UNSET,
    to_rating: float | Unset = UNSET,
    include_reviews_without_location: bool | Unset = UNSET,
    include_reviews_without_campaign: bool | Unset = UNSET,
    include_reviews_without_technician: bool | Unset = UNSET,
    internal_id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> (
    PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport
    | None
):
    """
    Args:
        tenant (str):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        search (str | Unset):
        report_type (ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType |
            Unset):
        sort (str | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        response_types (list[ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType] |
            Unset):
        location_ids (list[int] | Unset):
        sources (list[str] | Unset):
        review_statuses
            (list[ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel] |
            Unset):
        technician_ids (list[int] | Unset):
        campaign_ids (list[int] | Unset):
        from_rating (float | Unset):
        to_rating (float | Unset):
        include_reviews_without_location (bool | Unset):
        include_reviews_without_campaign (bool | Unset):
        include_reviews_without_technician (bool | Unset):
        internal_id (int | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            search=search,
            report_type=report_type,
            sort=sort,
            created_on_or_after=created_on_or_after,
            created_before=created_before,
            modified_on_or_after=modified_on_or_after,
            modified_before=modified_before,
            from_date=from_date,
            to_date=to_date,
            response_types=response_types,
            location_ids=location_ids,
            sources=sources,
            review_statuses=review_statuses,
            technician_ids=technician_ids,
            campaign_ids=campaign_ids,
            from_rating=from_rating,
            to_rating=to_rating,
            include_reviews_without_location=include_reviews_without_location,
            include_reviews_without_campaign=include_reviews_without_campaign,
            include_reviews_without_technician=include_reviews_without_technician,
            internal_id=internal_id,
            external_id=external_id,
        )
    ).parsed
