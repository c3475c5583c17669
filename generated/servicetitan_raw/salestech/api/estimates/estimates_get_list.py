import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_estimates_v2_estimate_response import (
    PaginatedResponseOfEstimatesV2EstimateResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    sold_by_id: int | Unset = UNSET,
    sold_by_employee_id: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sold_after: datetime.datetime | Unset = UNSET,
    sold_before: datetime.datetime | Unset = UNSET,
    status: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    sort: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    location_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["jobId"] = job_id

    params["projectId"] = project_id

    params["jobNumber"] = job_number

    params["totalGreater"] = total_greater

    params["totalLess"] = total_less

    params["soldById"] = sold_by_id

    params["soldByEmployeeId"] = sold_by_employee_id

    params["ids"] = ids

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    json_sold_after: str | Unset = UNSET
    if not isinstance(sold_after, Unset):
        json_sold_after = sold_after.isoformat()
    params["soldAfter"] = json_sold_after

    json_sold_before: str | Unset = UNSET
    if not isinstance(sold_before, Unset):
        json_sold_before = sold_before.isoformat()
    params["soldBefore"] = json_sold_before

    params["status"] = status

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["sort"] = sort

    params["orderBy"] = order_by

    params["orderByDirection"] = order_by_direction

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    params["locationId"] = location_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sales/v2/tenant/{tenant}/estimates".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfEstimatesV2EstimateResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateResponse]:
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
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    sold_by_id: int | Unset = UNSET,
    sold_by_employee_id: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sold_after: datetime.datetime | Unset = UNSET,
    sold_before: datetime.datetime | Unset = UNSET,
    status: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    sort: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    location_id: int | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateResponse]:
    """
    Args:
        tenant (int):
        job_id (int | Unset):
        project_id (int | Unset):
        job_number (str | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        sold_by_id (int | Unset):
        sold_by_employee_id (int | Unset):
        ids (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sold_after (datetime.datetime | Unset):
        sold_before (datetime.datetime | Unset):
        status (str | Unset):
        active (ActiveRequestArg | Unset):
        sort (str | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        location_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        job_id=job_id,
        project_id=project_id,
        job_number=job_number,
        total_greater=total_greater,
        total_less=total_less,
        sold_by_id=sold_by_id,
        sold_by_employee_id=sold_by_employee_id,
        ids=ids,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sold_after=sold_after,
        sold_before=sold_before,
        status=status,
        active=active,
        sort=sort,
        order_by=order_by,
        order_by_direction=order_by_direction,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        location_id=location_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    sold_by_id: int | Unset = UNSET,
    sold_by_employee_id: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sold_after: datetime.datetime | Unset = UNSET,
    sold_before: datetime.datetime | Unset = UNSET,
    status: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    sort: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    location_id: int | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateResponse | None:
    """
    Args:
        tenant (int):
        job_id (int | Unset):
        project_id (int | Unset):
        job_number (str | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        sold_by_id (int | Unset):
        sold_by_employee_id (int | Unset):
        ids (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sold_after (datetime.datetime | Unset):
        sold_before (datetime.datetime | Unset):
        status (str | Unset):
        active (ActiveRequestArg | Unset):
        sort (str | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        location_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        job_id=job_id,
        project_id=project_id,
        job_number=job_number,
        total_greater=total_greater,
        total_less=total_less,
        sold_by_id=sold_by_id,
        sold_by_employee_id=sold_by_employee_id,
        ids=ids,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sold_after=sold_after,
        sold_before=sold_before,
        status=status,
        active=active,
        sort=sort,
        order_by=order_by,
        order_by_direction=order_by_direction,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        location_id=location_id,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    sold_by_id: int | Unset = UNSET,
    sold_by_employee_id: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sold_after: datetime.datetime | Unset = UNSET,
    sold_before: datetime.datetime | Unset = UNSET,
    status: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    sort: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    location_id: int | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateResponse]:
    """
    Args:
        tenant (int):
        job_id (int | Unset):
        project_id (int | Unset):
        job_number (str | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        sold_by_id (int | Unset):
        sold_by_employee_id (int | Unset):
        ids (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sold_after (datetime.datetime | Unset):
        sold_before (datetime.datetime | Unset):
        status (str | Unset):
        active (ActiveRequestArg | Unset):
        sort (str | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        location_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        job_id=job_id,
        project_id=project_id,
        job_number=job_number,
        total_greater=total_greater,
        total_less=total_less,
        sold_by_id=sold_by_id,
        sold_by_employee_id=sold_by_employee_id,
        ids=ids,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sold_after=sold_after,
        sold_before=sold_before,
        status=status,
        active=active,
        sort=sort,
        order_by=order_by,
        order_by_direction=order_by_direction,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        location_id=location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    sold_by_id: int | Unset = UNSET,
    sold_by_employee_id: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sold_after: datetime.datetime | Unset = UNSET,
    sold_before: datetime.datetime | Unset = UNSET,
    status: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    sort: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    location_id: int | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateResponse | None:
    """
    Args:
        tenant (int):
        job_id (int | Unset):
        project_id (int | Unset):
        job_number (str | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        sold_by_id (int | Unset):
        sold_by_employee_id (int | Unset):
        ids (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sold_after (datetime.datetime | Unset):
        sold_before (datetime.datetime | Unset):
        status (str | Unset):
        active (ActiveRequestArg | Unset):
        sort (str | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        location_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfEstimatesV2EstimateResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            job_id=job_id,
            project_id=project_id,
            job_number=job_number,
            total_greater=total_greater,
            total_less=total_less,
            sold_by_id=sold_by_id,
            sold_by_employee_id=sold_by_employee_id,
            ids=ids,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sold_after=sold_after,
            sold_before=sold_before,
            status=status,
            active=active,
            sort=sort,
            order_by=order_by,
            order_by_direction=order_by_direction,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            location_id=location_id,
        )
    ).parsed
