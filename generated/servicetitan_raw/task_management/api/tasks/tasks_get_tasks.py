import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_task_management_v2_task_get_response import (
    PaginatedResponseOfTaskManagementV2TaskGetResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    reported_before: datetime.datetime | Unset = UNSET,
    reported_on_or_after: datetime.datetime | Unset = UNSET,
    complete_before: datetime.datetime | Unset = UNSET,
    complete_on_or_after: datetime.datetime | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    statuses: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    name: str | Unset = UNSET,
    include_subtasks: bool | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    employee_task_type_ids: str | Unset = UNSET,
    employee_task_source_ids: str | Unset = UNSET,
    employee_task_resolution_ids: str | Unset = UNSET,
    reported_by_id: int | Unset = UNSET,
    assigned_to_id: int | Unset = UNSET,
    involved_employee_id_list: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    priorities: str | Unset = UNSET,
    task_number: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

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

    json_reported_before: str | Unset = UNSET
    if not isinstance(reported_before, Unset):
        json_reported_before = reported_before.isoformat()
    params["reportedBefore"] = json_reported_before

    json_reported_on_or_after: str | Unset = UNSET
    if not isinstance(reported_on_or_after, Unset):
        json_reported_on_or_after = reported_on_or_after.isoformat()
    params["reportedOnOrAfter"] = json_reported_on_or_after

    json_complete_before: str | Unset = UNSET
    if not isinstance(complete_before, Unset):
        json_complete_before = complete_before.isoformat()
    params["completeBefore"] = json_complete_before

    json_complete_on_or_after: str | Unset = UNSET
    if not isinstance(complete_on_or_after, Unset):
        json_complete_on_or_after = complete_on_or_after.isoformat()
    params["completeOnOrAfter"] = json_complete_on_or_after

    params["isClosed"] = is_closed

    params["statuses"] = statuses

    params["ids"] = ids

    params["name"] = name

    params["includeSubtasks"] = include_subtasks

    params["businessUnitIds"] = business_unit_ids

    params["employeeTaskTypeIds"] = employee_task_type_ids

    params["employeeTaskSourceIds"] = employee_task_source_ids

    params["employeeTaskResolutionIds"] = employee_task_resolution_ids

    params["reportedById"] = reported_by_id

    params["assignedToId"] = assigned_to_id

    params["involvedEmployeeIdList"] = involved_employee_id_list

    params["customerId"] = customer_id

    params["jobId"] = job_id

    params["projectId"] = project_id

    params["priorities"] = priorities

    params["taskNumber"] = task_number

    params["jobNumber"] = job_number

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/taskmanagement/v2/tenant/{tenant}/tasks".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfTaskManagementV2TaskGetResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfTaskManagementV2TaskGetResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfTaskManagementV2TaskGetResponse]:
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
    active: ActiveRequestArg | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    reported_before: datetime.datetime | Unset = UNSET,
    reported_on_or_after: datetime.datetime | Unset = UNSET,
    complete_before: datetime.datetime | Unset = UNSET,
    complete_on_or_after: datetime.datetime | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    statuses: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    name: str | Unset = UNSET,
    include_subtasks: bool | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    employee_task_type_ids: str | Unset = UNSET,
    employee_task_source_ids: str | Unset = UNSET,
    employee_task_resolution_ids: str | Unset = UNSET,
    reported_by_id: int | Unset = UNSET,
    assigned_to_id: int | Unset = UNSET,
    involved_employee_id_list: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    priorities: str | Unset = UNSET,
    task_number: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfTaskManagementV2TaskGetResponse]:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        active (ActiveRequestArg | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        reported_before (datetime.datetime | Unset):
        reported_on_or_after (datetime.datetime | Unset):
        complete_before (datetime.datetime | Unset):
        complete_on_or_after (datetime.datetime | Unset):
        is_closed (bool | Unset):
        statuses (str | Unset):
        ids (str | Unset):
        name (str | Unset):
        include_subtasks (bool | Unset):
        business_unit_ids (str | Unset):
        employee_task_type_ids (str | Unset):
        employee_task_source_ids (str | Unset):
        employee_task_resolution_ids (str | Unset):
        reported_by_id (int | Unset):
        assigned_to_id (int | Unset):
        involved_employee_id_list (str | Unset):
        customer_id (int | Unset):
        job_id (int | Unset):
        project_id (int | Unset):
        priorities (str | Unset):
        task_number (int | Unset):
        job_number (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfTaskManagementV2TaskGetResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        active=active,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        reported_before=reported_before,
        reported_on_or_after=reported_on_or_after,
        complete_before=complete_before,
        complete_on_or_after=complete_on_or_after,
        is_closed=is_closed,
        statuses=statuses,
        ids=ids,
        name=name,
        include_subtasks=include_subtasks,
        business_unit_ids=business_unit_ids,
        employee_task_type_ids=employee_task_type_ids,
        employee_task_source_ids=employee_task_source_ids,
        employee_task_resolution_ids=employee_task_resolution_ids,
        reported_by_id=reported_by_id,
        assigned_to_id=assigned_to_id,
        involved_employee_id_list=involved_employee_id_list,
        customer_id=customer_id,
        job_id=job_id,
        project_id=project_id,
        priorities=priorities,
        task_number=task_number,
        job_number=job_number,
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    reported_before: datetime.datetime | Unset = UNSET,
    reported_on_or_after: datetime.datetime | Unset = UNSET,
    complete_before: datetime.datetime | Unset = UNSET,
    complete_on_or_after: datetime.datetime | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    statuses: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    name: str | Unset = UNSET,
    include_subtasks: bool | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    employee_task_type_ids: str | Unset = UNSET,
    employee_task_source_ids: str | Unset = UNSET,
    employee_task_resolution_ids: str | Unset = UNSET,
    reported_by_id: int | Unset = UNSET,
    assigned_to_id: int | Unset = UNSET,
    involved_employee_id_list: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    priorities: str | Unset = UNSET,
    task_number: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfTaskManagementV2TaskGetResponse | None:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        active (ActiveRequestArg | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        reported_before (datetime.datetime | Unset):
        reported_on_or_after (datetime.datetime | Unset):
        complete_before (datetime.datetime | Unset):
        complete_on_or_after (datetime.datetime | Unset):
        is_closed (bool | Unset):
        statuses (str | Unset):
        ids (str | Unset):
        name (str | Unset):
        include_subtasks (bool | Unset):
        business_unit_ids (str | Unset):
        employee_task_type_ids (str | Unset):
        employee_task_source_ids (str | Unset):
        employee_task_resolution_ids (str | Unset):
        reported_by_id (int | Unset):
        assigned_to_id (int | Unset):
        involved_employee_id_list (str | Unset):
        customer_id (int | Unset):
        job_id (int | Unset):
        project_id (int | Unset):
        priorities (str | Unset):
        task_number (int | Unset):
        job_number (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfTaskManagementV2TaskGetResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        page=page,
        page_size=page_size,
        include_total=include_total,
        active=active,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        reported_before=reported_before,
        reported_on_or_after=reported_on_or_after,
        complete_before=complete_before,
        complete_on_or_after=complete_on_or_after,
        is_closed=is_closed,
        statuses=statuses,
        ids=ids,
        name=name,
        include_subtasks=include_subtasks,
        business_unit_ids=business_unit_ids,
        employee_task_type_ids=employee_task_type_ids,
        employee_task_source_ids=employee_task_source_ids,
        employee_task_resolution_ids=employee_task_resolution_ids,
        reported_by_id=reported_by_id,
        assigned_to_id=assigned_to_id,
        involved_employee_id_list=involved_employee_id_list,
        customer_id=customer_id,
        job_id=job_id,
        project_id=project_id,
        priorities=priorities,
        task_number=task_number,
        job_number=job_number,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    reported_before: datetime.datetime | Unset = UNSET,
    reported_on_or_after: datetime.datetime | Unset = UNSET,
    complete_before: datetime.datetime | Unset = UNSET,
    complete_on_or_after: datetime.datetime | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    statuses: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    name: str | Unset = UNSET,
    include_subtasks: bool | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    employee_task_type_ids: str | Unset = UNSET,
    employee_task_source_ids: str | Unset = UNSET,
    employee_task_resolution_ids: str | Unset = UNSET,
    reported_by_id: int | Unset = UNSET,
    assigned_to_id: int | Unset = UNSET,
    involved_employee_id_list: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    priorities: str | Unset = UNSET,
    task_number: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfTaskManagementV2TaskGetResponse]:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        active (ActiveRequestArg | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        reported_before (datetime.datetime | Unset):
        reported_on_or_after (datetime.datetime | Unset):
        complete_before (datetime.datetime | Unset):
        complete_on_or_after (datetime.datetime | Unset):
        is_closed (bool | Unset):
        statuses (str | Unset):
        ids (str | Unset):
        name (str | Unset):
        include_subtasks (bool | Unset):
        business_unit_ids (str | Unset):
        employee_task_type_ids (str | Unset):
        employee_task_source_ids (str | Unset):
        employee_task_resolution_ids (str | Unset):
        reported_by_id (int | Unset):
        assigned_to_id (int | Unset):
        involved_employee_id_list (str | Unset):
        customer_id (int | Unset):
        job_id (int | Unset):
        project_id (int | Unset):
        priorities (str | Unset):
        task_number (int | Unset):
        job_number (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfTaskManagementV2TaskGetResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        active=active,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        reported_before=reported_before,
        reported_on_or_after=reported_on_or_after,
        complete_before=complete_before,
        complete_on_or_after=complete_on_or_after,
        is_closed=is_closed,
        statuses=statuses,
        ids=ids,
        name=name,
        include_subtasks=include_subtasks,
        business_unit_ids=business_unit_ids,
        employee_task_type_ids=employee_task_type_ids,
        employee_task_source_ids=employee_task_source_ids,
        employee_task_resolution_ids=employee_task_resolution_ids,
        reported_by_id=reported_by_id,
        assigned_to_id=assigned_to_id,
        involved_employee_id_list=involved_employee_id_list,
        customer_id=customer_id,
        job_id=job_id,
        project_id=project_id,
        priorities=priorities,
        task_number=task_number,
        job_number=job_number,
        sort=sort,
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
    active: ActiveRequestArg | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    reported_before: datetime.datetime | Unset = UNSET,
    reported_on_or_after: datetime.datetime | Unset = UNSET,
    complete_before: datetime.datetime | Unset = UNSET,
    complete_on_or_after: datetime.datetime | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    statuses: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    name: str | Unset = UNSET,
    include_subtasks: bool | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    employee_task_type_ids: str | Unset = UNSET,
    employee_task_source_ids: str | Unset = UNSET,
    employee_task_resolution_ids: str | Unset = UNSET,
    reported_by_id: int | Unset = UNSET,
    assigned_to_id: int | Unset = UNSET,
    involved_employee_id_list: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    priorities: str | Unset = UNSET,
    task_number: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfTaskManagementV2TaskGetResponse | None:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        active (ActiveRequestArg | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        reported_before (datetime.datetime | Unset):
        reported_on_or_after (datetime.datetime | Unset):
        complete_before (datetime.datetime | Unset):
        complete_on_or_after (datetime.datetime | Unset):
        is_closed (bool | Unset):
        statuses (str | Unset):
        ids (str | Unset):
        name (str | Unset):
        include_subtasks (bool | Unset):
        business_unit_ids (str | Unset):
        employee_task_type_ids (str | Unset):
        employee_task_source_ids (str | Unset):
        employee_task_resolution_ids (str | Unset):
        reported_by_id (int | Unset):
        assigned_to_id (int | Unset):
        involved_employee_id_list (str | Unset):
        customer_id (int | Unset):
        job_id (int | Unset):
        project_id (int | Unset):
        priorities (str | Unset):
        task_number (int | Unset):
        job_number (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfTaskManagementV2TaskGetResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            active=active,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            reported_before=reported_before,
            reported_on_or_after=reported_on_or_after,
            complete_before=complete_before,
            complete_on_or_after=complete_on_or_after,
            is_closed=is_closed,
            statuses=statuses,
            ids=ids,
            name=name,
            include_subtasks=include_subtasks,
            business_unit_ids=business_unit_ids,
            employee_task_type_ids=employee_task_type_ids,
            employee_task_source_ids=employee_task_source_ids,
            employee_task_resolution_ids=employee_task_resolution_ids,
            reported_by_id=reported_by_id,
            assigned_to_id=assigned_to_id,
            involved_employee_id_list=involved_employee_id_list,
            customer_id=customer_id,
            job_id=job_id,
            project_id=project_id,
            priorities=priorities,
            task_number=task_number,
            job_number=job_number,
            sort=sort,
        )
    ).parsed
