import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.jpm_v2_base_appointment_status import JpmV2BaseAppointmentStatus
from ...models.paginated_response_of_jpm_v2_appointment_response import (
    PaginatedResponseOfJpmV2AppointmentResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    status: JpmV2BaseAppointmentStatus | Unset = UNSET,
    starts_on_or_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    unused: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["jobId"] = job_id

    params["projectId"] = project_id

    params["number"] = number

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_starts_on_or_after: str | Unset = UNSET
    if not isinstance(starts_on_or_after, Unset):
        json_starts_on_or_after = starts_on_or_after.isoformat()
    params["startsOnOrAfter"] = json_starts_on_or_after

    json_starts_before: str | Unset = UNSET
    if not isinstance(starts_before, Unset):
        json_starts_before = starts_before.isoformat()
    params["startsBefore"] = json_starts_before

    params["technicianId"] = technician_id

    params["customerId"] = customer_id

    params["unused"] = unused

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jpm/v2/tenant/{tenant}/appointments".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfJpmV2AppointmentResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfJpmV2AppointmentResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2AppointmentResponse]:
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
    active: ActiveRequestArg | Unset = UNSET,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    status: JpmV2BaseAppointmentStatus | Unset = UNSET,
    starts_on_or_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    unused: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2AppointmentResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        job_id (int | Unset):
        project_id (int | Unset):
        number (str | Unset):
        status (JpmV2BaseAppointmentStatus | Unset):
        starts_on_or_after (datetime.datetime | Unset):
        starts_before (datetime.datetime | Unset):
        technician_id (int | Unset):
        customer_id (int | Unset):
        unused (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfJpmV2AppointmentResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        active=active,
        job_id=job_id,
        project_id=project_id,
        number=number,
        status=status,
        starts_on_or_after=starts_on_or_after,
        starts_before=starts_before,
        technician_id=technician_id,
        customer_id=customer_id,
        unused=unused,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
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
    active: ActiveRequestArg | Unset = UNSET,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    status: JpmV2BaseAppointmentStatus | Unset = UNSET,
    starts_on_or_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    unused: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfJpmV2AppointmentResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        job_id (int | Unset):
        project_id (int | Unset):
        number (str | Unset):
        status (JpmV2BaseAppointmentStatus | Unset):
        starts_on_or_after (datetime.datetime | Unset):
        starts_before (datetime.datetime | Unset):
        technician_id (int | Unset):
        customer_id (int | Unset):
        unused (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfJpmV2AppointmentResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        active=active,
        job_id=job_id,
        project_id=project_id,
        number=number,
        status=status,
        starts_on_or_after=starts_on_or_after,
        starts_before=starts_before,
        technician_id=technician_id,
        customer_id=customer_id,
        unused=unused,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    status: JpmV2BaseAppointmentStatus | Unset = UNSET,
    starts_on_or_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    unused: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2AppointmentResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        job_id (int | Unset):
        project_id (int | Unset):
        number (str | Unset):
        status (JpmV2BaseAppointmentStatus | Unset):
        starts_on_or_after (datetime.datetime | Unset):
        starts_before (datetime.datetime | Unset):
        technician_id (int | Unset):
        customer_id (int | Unset):
        unused (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfJpmV2AppointmentResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        active=active,
        job_id=job_id,
        project_id=project_id,
        number=number,
        status=status,
        starts_on_or_after=starts_on_or_after,
        starts_before=starts_before,
        technician_id=technician_id,
        customer_id=customer_id,
        unused=unused,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    status: JpmV2BaseAppointmentStatus | Unset = UNSET,
    starts_on_or_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    unused: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfJpmV2AppointmentResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        job_id (int | Unset):
        project_id (int | Unset):
        number (str | Unset):
        status (JpmV2BaseAppointmentStatus | Unset):
        starts_on_or_after (datetime.datetime | Unset):
        starts_before (datetime.datetime | Unset):
        technician_id (int | Unset):
        customer_id (int | Unset):
        unused (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfJpmV2AppointmentResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            active=active,
            job_id=job_id,
            project_id=project_id,
            number=number,
            status=status,
            starts_on_or_after=starts_on_or_after,
            starts_before=starts_before,
            technician_id=technician_id,
            customer_id=customer_id,
            unused=unused,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            created_on_or_after=created_on_or_after,
            created_before=created_before,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
        )
    ).parsed
