import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_jpm_v2_project_response import (
    PaginatedResponseOfJpmV2ProjectResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    project_type_id: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    appointment_id: int | Unset = UNSET,
    project_manager_ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
    starts_on_or_after: datetime.datetime | Unset = UNSET,
    completed_before: datetime.datetime | Unset = UNSET,
    completed_on_or_after: datetime.datetime | Unset = UNSET,
    target_completion_date_before: datetime.datetime | Unset = UNSET,
    target_completion_date_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["customerId"] = customer_id

    params["locationId"] = location_id

    params["projectTypeId"] = project_type_id

    params["invoiceId"] = invoice_id

    params["technicianId"] = technician_id

    params["jobId"] = job_id

    params["appointmentId"] = appointment_id

    params["projectManagerIds"] = project_manager_ids

    params["businessUnitIds"] = business_unit_ids

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    json_starts_before: str | Unset = UNSET
    if not isinstance(starts_before, Unset):
        json_starts_before = starts_before.isoformat()
    params["startsBefore"] = json_starts_before

    json_starts_on_or_after: str | Unset = UNSET
    if not isinstance(starts_on_or_after, Unset):
        json_starts_on_or_after = starts_on_or_after.isoformat()
    params["startsOnOrAfter"] = json_starts_on_or_after

    json_completed_before: str | Unset = UNSET
    if not isinstance(completed_before, Unset):
        json_completed_before = completed_before.isoformat()
    params["completedBefore"] = json_completed_before

    json_completed_on_or_after: str | Unset = UNSET
    if not isinstance(completed_on_or_after, Unset):
        json_completed_on_or_after = completed_on_or_after.isoformat()
    params["completedOnOrAfter"] = json_completed_on_or_after

    json_target_completion_date_before: str | Unset = UNSET
    if not isinstance(target_completion_date_before, Unset):
        json_target_completion_date_before = target_completion_date_before.isoformat()
    params["targetCompletionDateBefore"] = json_target_completion_date_before

    json_target_completion_date_on_or_after: str | Unset = UNSET
    if not isinstance(target_completion_date_on_or_after, Unset):
        json_target_completion_date_on_or_after = (
            target_completion_date_on_or_after.isoformat()
        )
    params["targetCompletionDateOnOrAfter"] = json_target_completion_date_on_or_after

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["status"] = status

    params["sort"] = sort

    params["externalDataApplicationGuid"] = external_data_application_guid

    params["externalDataKey"] = external_data_key

    params["externalDataValues"] = external_data_values

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jpm/v2/tenant/{tenant}/projects".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfJpmV2ProjectResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfJpmV2ProjectResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2ProjectResponse]:
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
    ids: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    project_type_id: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    appointment_id: int | Unset = UNSET,
    project_manager_ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
    starts_on_or_after: datetime.datetime | Unset = UNSET,
    completed_before: datetime.datetime | Unset = UNSET,
    completed_on_or_after: datetime.datetime | Unset = UNSET,
    target_completion_date_before: datetime.datetime | Unset = UNSET,
    target_completion_date_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2ProjectResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        customer_id (int | Unset):
        location_id (int | Unset):
        project_type_id (int | Unset):
        invoice_id (int | Unset):
        technician_id (int | Unset):
        job_id (int | Unset):
        appointment_id (int | Unset):
        project_manager_ids (str | Unset):
        business_unit_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        starts_before (datetime.datetime | Unset):
        starts_on_or_after (datetime.datetime | Unset):
        completed_before (datetime.datetime | Unset):
        completed_on_or_after (datetime.datetime | Unset):
        target_completion_date_before (datetime.datetime | Unset):
        target_completion_date_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        status (str | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfJpmV2ProjectResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        customer_id=customer_id,
        location_id=location_id,
        project_type_id=project_type_id,
        invoice_id=invoice_id,
        technician_id=technician_id,
        job_id=job_id,
        appointment_id=appointment_id,
        project_manager_ids=project_manager_ids,
        business_unit_ids=business_unit_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        starts_before=starts_before,
        starts_on_or_after=starts_on_or_after,
        completed_before=completed_before,
        completed_on_or_after=completed_on_or_after,
        target_completion_date_before=target_completion_date_before,
        target_completion_date_on_or_after=target_completion_date_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        status=status,
        sort=sort,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    project_type_id: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    appointment_id: int | Unset = UNSET,
    project_manager_ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
    starts_on_or_after: datetime.datetime | Unset = UNSET,
    completed_before: datetime.datetime | Unset = UNSET,
    completed_on_or_after: datetime.datetime | Unset = UNSET,
    target_completion_date_before: datetime.datetime | Unset = UNSET,
    target_completion_date_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfJpmV2ProjectResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        customer_id (int | Unset):
        location_id (int | Unset):
        project_type_id (int | Unset):
        invoice_id (int | Unset):
        technician_id (int | Unset):
        job_id (int | Unset):
        appointment_id (int | Unset):
        project_manager_ids (str | Unset):
        business_unit_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        starts_before (datetime.datetime | Unset):
        starts_on_or_after (datetime.datetime | Unset):
        completed_before (datetime.datetime | Unset):
        completed_on_or_after (datetime.datetime | Unset):
        target_completion_date_before (datetime.datetime | Unset):
        target_completion_date_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        status (str | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfJpmV2ProjectResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        customer_id=customer_id,
        location_id=location_id,
        project_type_id=project_type_id,
        invoice_id=invoice_id,
        technician_id=technician_id,
        job_id=job_id,
        appointment_id=appointment_id,
        project_manager_ids=project_manager_ids,
        business_unit_ids=business_unit_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        starts_before=starts_before,
        starts_on_or_after=starts_on_or_after,
        completed_before=completed_before,
        completed_on_or_after=completed_on_or_after,
        target_completion_date_before=target_completion_date_before,
        target_completion_date_on_or_after=target_completion_date_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        status=status,
        sort=sort,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    project_type_id: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    appointment_id: int | Unset = UNSET,
    project_manager_ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
    starts_on_or_after: datetime.datetime | Unset = UNSET,
    completed_before: datetime.datetime | Unset = UNSET,
    completed_on_or_after: datetime.datetime | Unset = UNSET,
    target_completion_date_before: datetime.datetime | Unset = UNSET,
    target_completion_date_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2ProjectResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        customer_id (int | Unset):
        location_id (int | Unset):
        project_type_id (int | Unset):
        invoice_id (int | Unset):
        technician_id (int | Unset):
        job_id (int | Unset):
        appointment_id (int | Unset):
        project_manager_ids (str | Unset):
        business_unit_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        starts_before (datetime.datetime | Unset):
        starts_on_or_after (datetime.datetime | Unset):
        completed_before (datetime.datetime | Unset):
        completed_on_or_after (datetime.datetime | Unset):
        target_completion_date_before (datetime.datetime | Unset):
        target_completion_date_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        status (str | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfJpmV2ProjectResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        customer_id=customer_id,
        location_id=location_id,
        project_type_id=project_type_id,
        invoice_id=invoice_id,
        technician_id=technician_id,
        job_id=job_id,
        appointment_id=appointment_id,
        project_manager_ids=project_manager_ids,
        business_unit_ids=business_unit_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        starts_before=starts_before,
        starts_on_or_after=starts_on_or_after,
        completed_before=completed_before,
        completed_on_or_after=completed_on_or_after,
        target_completion_date_before=target_completion_date_before,
        target_completion_date_on_or_after=target_completion_date_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        status=status,
        sort=sort,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    project_type_id: int | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    appointment_id: int | Unset = UNSET,
    project_manager_ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
    starts_on_or_after: datetime.datetime | Unset = UNSET,
    completed_before: datetime.datetime | Unset = UNSET,
    completed_on_or_after: datetime.datetime | Unset = UNSET,
    target_completion_date_before: datetime.datetime | Unset = UNSET,
    target_completion_date_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfJpmV2ProjectResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        customer_id (int | Unset):
        location_id (int | Unset):
        project_type_id (int | Unset):
        invoice_id (int | Unset):
        technician_id (int | Unset):
        job_id (int | Unset):
        appointment_id (int | Unset):
        project_manager_ids (str | Unset):
        business_unit_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        starts_before (datetime.datetime | Unset):
        starts_on_or_after (datetime.datetime | Unset):
        completed_before (datetime.datetime | Unset):
        completed_on_or_after (datetime.datetime | Unset):
        target_completion_date_before (datetime.datetime | Unset):
        target_completion_date_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        status (str | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfJpmV2ProjectResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            customer_id=customer_id,
            location_id=location_id,
            project_type_id=project_type_id,
            invoice_id=invoice_id,
            technician_id=technician_id,
            job_id=job_id,
            appointment_id=appointment_id,
            project_manager_ids=project_manager_ids,
            business_unit_ids=business_unit_ids,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            starts_before=starts_before,
            starts_on_or_after=starts_on_or_after,
            completed_before=completed_before,
            completed_on_or_after=completed_on_or_after,
            target_completion_date_before=target_completion_date_before,
            target_completion_date_on_or_after=target_completion_date_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            page=page,
            page_size=page_size,
            include_total=include_total,
            status=status,
            sort=sort,
            external_data_application_guid=external_data_application_guid,
            external_data_key=external_data_key,
            external_data_values=external_data_values,
        )
    ).parsed
