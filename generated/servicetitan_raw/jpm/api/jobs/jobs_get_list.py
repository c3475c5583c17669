import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.jpm_v2_job_appointment_status import JpmV2JobAppointmentStatus
from ...models.jpm_v2_job_status import JpmV2JobStatus
from ...models.paginated_response_of_jpm_v2_job_response import (
    PaginatedResponseOfJpmV2JobResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    number: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    booking_id: int | Unset = UNSET,
    job_status: JpmV2JobStatus | Unset = UNSET,
    appointment_status: JpmV2JobAppointmentStatus | Unset = UNSET,
    priority: str | Unset = UNSET,
    first_appointment_starts_on_or_after: datetime.datetime | Unset = UNSET,
    first_appointment_starts_before: datetime.datetime | Unset = UNSET,
    appointment_starts_on_or_after: datetime.datetime | Unset = UNSET,
    appointment_starts_before: datetime.datetime | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    sold_by_id: int | Unset = UNSET,
    job_type_id: int | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    business_unit_id: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    created_from_estimate_id: int | Unset = UNSET,
    estimate_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    completed_on_or_after: datetime.datetime | Unset = UNSET,
    completed_before: datetime.datetime | Unset = UNSET,
    tag_type_ids: str | Unset = UNSET,
    equipment_ids: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
    has_unused_appointments: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["ids"] = ids

    params["number"] = number

    params["projectId"] = project_id

    params["bookingId"] = booking_id

    json_job_status: str | Unset = UNSET
    if not isinstance(job_status, Unset):
        json_job_status = job_status.value

    params["jobStatus"] = json_job_status

    json_appointment_status: str | Unset = UNSET
    if not isinstance(appointment_status, Unset):
        json_appointment_status = appointment_status.value

    params["appointmentStatus"] = json_appointment_status

    params["priority"] = priority

    json_first_appointment_starts_on_or_after: str | Unset = UNSET
    if not isinstance(first_appointment_starts_on_or_after, Unset):
        json_first_appointment_starts_on_or_after = (
            first_appointment_starts_on_or_after.isoformat()
        )
    params["firstAppointmentStartsOnOrAfter"] = (
        json_first_appointment_starts_on_or_after
    )

    json_first_appointment_starts_before: str | Unset = UNSET
    if not isinstance(first_appointment_starts_before, Unset):
        json_first_appointment_starts_before = (
            first_appointment_starts_before.isoformat()
        )
    params["firstAppointmentStartsBefore"] = json_first_appointment_starts_before

    json_appointment_starts_on_or_after: str | Unset = UNSET
    if not isinstance(appointment_starts_on_or_after, Unset):
        json_appointment_starts_on_or_after = appointment_starts_on_or_after.isoformat()
    params["appointmentStartsOnOrAfter"] = json_appointment_starts_on_or_after

    json_appointment_starts_before: str | Unset = UNSET
    if not isinstance(appointment_starts_before, Unset):
        json_appointment_starts_before = appointment_starts_before.isoformat()
    params["appointmentStartsBefore"] = json_appointment_starts_before

    params["technicianId"] = technician_id

    params["customerId"] = customer_id

    params["locationId"] = location_id

    params["soldById"] = sold_by_id

    params["jobTypeId"] = job_type_id

    params["campaignId"] = campaign_id

    params["businessUnitId"] = business_unit_id

    params["invoiceId"] = invoice_id

    params["createdFromEstimateId"] = created_from_estimate_id

    params["estimateIds"] = estimate_ids

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

    json_completed_on_or_after: str | Unset = UNSET
    if not isinstance(completed_on_or_after, Unset):
        json_completed_on_or_after = completed_on_or_after.isoformat()
    params["completedOnOrAfter"] = json_completed_on_or_after

    json_completed_before: str | Unset = UNSET
    if not isinstance(completed_before, Unset):
        json_completed_before = completed_before.isoformat()
    params["completedBefore"] = json_completed_before

    params["tagTypeIds"] = tag_type_ids

    params["equipmentIds"] = equipment_ids

    params["sort"] = sort

    params["externalDataApplicationGuid"] = external_data_application_guid

    params["externalDataKey"] = external_data_key

    params["externalDataValues"] = external_data_values

    params["hasUnusedAppointments"] = has_unused_appointments

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jpm/v2/tenant/{tenant}/jobs".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfJpmV2JobResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfJpmV2JobResponse.from_dict(response.json())

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
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2JobResponse]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    number: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    booking_id: int | Unset = UNSET,
    job_status: JpmV2JobStatus | Unset = UNSET,
    appointment_status: JpmV2JobAppointmentStatus | Unset = UNSET,
    priority: str | Unset = UNSET,
    first_appointment_starts_on_or_after: datetime.datetime | Unset = UNSET,
    first_appointment_starts_before: datetime.datetime | Unset = UNSET,
    appointment_starts_on_or_after: datetime.datetime | Unset = UNSET,
    appointment_starts_before: datetime.datetime | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    sold_by_id: int | Unset = UNSET,
    job_type_id: int | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    business_unit_id: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    created_from_estimate_id: int | Unset = UNSET,
    estimate_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    completed_on_or_after: datetime.datetime | Unset = UNSET,
    completed_before: datetime.datetime | Unset = UNSET,
    tag_type_ids: str | Unset = UNSET,
    equipment_ids: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
    has_unused_appointments: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2JobResponse]:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        ids (str | Unset):
        number (str | Unset):
        project_id (int | Unset):
        booking_id (int | Unset):
        job_status (JpmV2JobStatus | Unset):
        appointment_status (JpmV2JobAppointmentStatus | Unset):
        priority (str | Unset):
        first_appointment_starts_on_or_after (datetime.datetime | Unset):
        first_appointment_starts_before (datetime.datetime | Unset):
        appointment_starts_on_or_after (datetime.datetime | Unset):
        appointment_starts_before (datetime.datetime | Unset):
        technician_id (int | Unset):
        customer_id (int | Unset):
        location_id (int | Unset):
        sold_by_id (int | Unset):
        job_type_id (int | Unset):
        campaign_id (int | Unset):
        business_unit_id (int | Unset):
        invoice_id (int | Unset):
        created_from_estimate_id (int | Unset):
        estimate_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        completed_on_or_after (datetime.datetime | Unset):
        completed_before (datetime.datetime | Unset):
        tag_type_ids (str | Unset):
        equipment_ids (str | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):
        has_unused_appointments (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfJpmV2JobResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
        number=number,
        project_id=project_id,
        booking_id=booking_id,
        job_status=job_status,
        appointment_status=appointment_status,
        priority=priority,
        first_appointment_starts_on_or_after=first_appointment_starts_on_or_after,
        first_appointment_starts_before=first_appointment_starts_before,
        appointment_starts_on_or_after=appointment_starts_on_or_after,
        appointment_starts_before=appointment_starts_before,
        technician_id=technician_id,
        customer_id=customer_id,
        location_id=location_id,
        sold_by_id=sold_by_id,
        job_type_id=job_type_id,
        campaign_id=campaign_id,
        business_unit_id=business_unit_id,
        invoice_id=invoice_id,
        created_from_estimate_id=created_from_estimate_id,
        estimate_ids=estimate_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        completed_on_or_after=completed_on_or_after,
        completed_before=completed_before,
        tag_type_ids=tag_type_ids,
        equipment_ids=equipment_ids,
        sort=sort,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
        has_unused_appointments=has_unused_appointments,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    number: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    booking_id: int | Unset = UNSET,
    job_status: JpmV2JobStatus | Unset = UNSET,
    appointment_status: JpmV2JobAppointmentStatus | Unset = UNSET,
    priority: str | Unset = UNSET,
    first_appointment_starts_on_or_after: datetime.datetime | Unset = UNSET,
    first_appointment_starts_before: datetime.datetime | Unset = UNSET,
    appointment_starts_on_or_after: datetime.datetime | Unset = UNSET,
    appointment_starts_before: datetime.datetime | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    sold_by_id: int | Unset = UNSET,
    job_type_id: int | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    business_unit_id: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    created_from_estimate_id: int | Unset = UNSET,
    estimate_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    completed_on_or_after: datetime.datetime | Unset = UNSET,
    completed_before: datetime.datetime | Unset = UNSET,
    tag_type_ids: str | Unset = UNSET,
    equipment_ids: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
    has_unused_appointments: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfJpmV2JobResponse | None:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        ids (str | Unset):
        number (str | Unset):
        project_id (int | Unset):
        booking_id (int | Unset):
        job_status (JpmV2JobStatus | Unset):
        appointment_status (JpmV2JobAppointmentStatus | Unset):
        priority (str | Unset):
        first_appointment_starts_on_or_after (datetime.datetime | Unset):
        first_appointment_starts_before (datetime.datetime | Unset):
        appointment_starts_on_or_after (datetime.datetime | Unset):
        appointment_starts_before (datetime.datetime | Unset):
        technician_id (int | Unset):
        customer_id (int | Unset):
        location_id (int | Unset):
        sold_by_id (int | Unset):
        job_type_id (int | Unset):
        campaign_id (int | Unset):
        business_unit_id (int | Unset):
        invoice_id (int | Unset):
        created_from_estimate_id (int | Unset):
        estimate_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        completed_on_or_after (datetime.datetime | Unset):
        completed_before (datetime.datetime | Unset):
        tag_type_ids (str | Unset):
        equipment_ids (str | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):
        has_unused_appointments (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfJpmV2JobResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
        number=number,
        project_id=project_id,
        booking_id=booking_id,
        job_status=job_status,
        appointment_status=appointment_status,
        priority=priority,
        first_appointment_starts_on_or_after=first_appointment_starts_on_or_after,
        first_appointment_starts_before=first_appointment_starts_before,
        appointment_starts_on_or_after=appointment_starts_on_or_after,
        appointment_starts_before=appointment_starts_before,
        technician_id=technician_id,
        customer_id=customer_id,
        location_id=location_id,
        sold_by_id=sold_by_id,
        job_type_id=job_type_id,
        campaign_id=campaign_id,
        business_unit_id=business_unit_id,
        invoice_id=invoice_id,
        created_from_estimate_id=created_from_estimate_id,
        estimate_ids=estimate_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        completed_on_or_after=completed_on_or_after,
        completed_before=completed_before,
        tag_type_ids=tag_type_ids,
        equipment_ids=equipment_ids,
        sort=sort,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
        has_unused_appointments=has_unused_appointments,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    number: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    booking_id: int | Unset = UNSET,
    job_status: JpmV2JobStatus | Unset = UNSET,
    appointment_status: JpmV2JobAppointmentStatus | Unset = UNSET,
    priority: str | Unset = UNSET,
    first_appointment_starts_on_or_after: datetime.datetime | Unset = UNSET,
    first_appointment_starts_before: datetime.datetime | Unset = UNSET,
    appointment_starts_on_or_after: datetime.datetime | Unset = UNSET,
    appointment_starts_before: datetime.datetime | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    sold_by_id: int | Unset = UNSET,
    job_type_id: int | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    business_unit_id: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    created_from_estimate_id: int | Unset = UNSET,
    estimate_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    completed_on_or_after: datetime.datetime | Unset = UNSET,
    completed_before: datetime.datetime | Unset = UNSET,
    tag_type_ids: str | Unset = UNSET,
    equipment_ids: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
    has_unused_appointments: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2JobResponse]:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        ids (str | Unset):
        number (str | Unset):
        project_id (int | Unset):
        booking_id (int | Unset):
        job_status (JpmV2JobStatus | Unset):
        appointment_status (JpmV2JobAppointmentStatus | Unset):
        priority (str | Unset):
        first_appointment_starts_on_or_after (datetime.datetime | Unset):
        first_appointment_starts_before (datetime.datetime | Unset):
        appointment_starts_on_or_after (datetime.datetime | Unset):
        appointment_starts_before (datetime.datetime | Unset):
        technician_id (int | Unset):
        customer_id (int | Unset):
        location_id (int | Unset):
        sold_by_id (int | Unset):
        job_type_id (int | Unset):
        campaign_id (int | Unset):
        business_unit_id (int | Unset):
        invoice_id (int | Unset):
        created_from_estimate_id (int | Unset):
        estimate_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        completed_on_or_after (datetime.datetime | Unset):
        completed_before (datetime.datetime | Unset):
        tag_type_ids (str | Unset):
        equipment_ids (str | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):
        has_unused_appointments (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfJpmV2JobResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
        number=number,
        project_id=project_id,
        booking_id=booking_id,
        job_status=job_status,
        appointment_status=appointment_status,
        priority=priority,
        first_appointment_starts_on_or_after=first_appointment_starts_on_or_after,
        first_appointment_starts_before=first_appointment_starts_before,
        appointment_starts_on_or_after=appointment_starts_on_or_after,
        appointment_starts_before=appointment_starts_before,
        technician_id=technician_id,
        customer_id=customer_id,
        location_id=location_id,
        sold_by_id=sold_by_id,
        job_type_id=job_type_id,
        campaign_id=campaign_id,
        business_unit_id=business_unit_id,
        invoice_id=invoice_id,
        created_from_estimate_id=created_from_estimate_id,
        estimate_ids=estimate_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        completed_on_or_after=completed_on_or_after,
        completed_before=completed_before,
        tag_type_ids=tag_type_ids,
        equipment_ids=equipment_ids,
        sort=sort,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
        has_unused_appointments=has_unused_appointments,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    number: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    booking_id: int | Unset = UNSET,
    job_status: JpmV2JobStatus | Unset = UNSET,
    appointment_status: JpmV2JobAppointmentStatus | Unset = UNSET,
    priority: str | Unset = UNSET,
    first_appointment_starts_on_or_after: datetime.datetime | Unset = UNSET,
    first_appointment_starts_before: datetime.datetime | Unset = UNSET,
    appointment_starts_on_or_after: datetime.datetime | Unset = UNSET,
    appointment_starts_before: datetime.datetime | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    sold_by_id: int | Unset = UNSET,
    job_type_id: int | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    business_unit_id: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    created_from_estimate_id: int | Unset = UNSET,
    estimate_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    completed_on_or_after: datetime.datetime | Unset = UNSET,
    completed_before: datetime.datetime | Unset = UNSET,
    tag_type_ids: str | Unset = UNSET,
    equipment_ids: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
    has_unused_appointments: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfJpmV2JobResponse | None:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        ids (str | Unset):
        number (str | Unset):
        project_id (int | Unset):
        booking_id (int | Unset):
        job_status (JpmV2JobStatus | Unset):
        appointment_status (JpmV2JobAppointmentStatus | Unset):
        priority (str | Unset):
        first_appointment_starts_on_or_after (datetime.datetime | Unset):
        first_appointment_starts_before (datetime.datetime | Unset):
        appointment_starts_on_or_after (datetime.datetime | Unset):
        appointment_starts_before (datetime.datetime | Unset):
        technician_id (int | Unset):
        customer_id (int | Unset):
        location_id (int | Unset):
        sold_by_id (int | Unset):
        job_type_id (int | Unset):
        campaign_id (int | Unset):
        business_unit_id (int | Unset):
        invoice_id (int | Unset):
        created_from_estimate_id (int | Unset):
        estimate_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        completed_on_or_after (datetime.datetime | Unset):
        completed_before (datetime.datetime | Unset):
        tag_type_ids (str | Unset):
        equipment_ids (str | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):
        has_unused_appointments (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfJpmV2JobResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            ids=ids,
            number=number,
            project_id=project_id,
            booking_id=booking_id,
            job_status=job_status,
            appointment_status=appointment_status,
            priority=priority,
            first_appointment_starts_on_or_after=first_appointment_starts_on_or_after,
            first_appointment_starts_before=first_appointment_starts_before,
            appointment_starts_on_or_after=appointment_starts_on_or_after,
            appointment_starts_before=appointment_starts_before,
            technician_id=technician_id,
            customer_id=customer_id,
            location_id=location_id,
            sold_by_id=sold_by_id,
            job_type_id=job_type_id,
            campaign_id=campaign_id,
            business_unit_id=business_unit_id,
            invoice_id=invoice_id,
            created_from_estimate_id=created_from_estimate_id,
            estimate_ids=estimate_ids,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            completed_on_or_after=completed_on_or_after,
            completed_before=completed_before,
            tag_type_ids=tag_type_ids,
            equipment_ids=equipment_ids,
            sort=sort,
            external_data_application_guid=external_data_application_guid,
            external_data_key=external_data_key,
            external_data_values=external_data_values,
            has_unused_appointments=has_unused_appointments,
        )
    ).parsed
