from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_management_v2_task_priority import TaskManagementV2TaskPriority
from ..models.task_management_v2_task_status import TaskManagementV2TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskManagementV2TaskCreateRequest")


@_attrs_define
class TaskManagementV2TaskCreateRequest:
    """
    Attributes:
        assigned_to_id (int):
        business_unit_id (int):
        employee_task_source_id (int):
        employee_task_type_id (int):
        is_closed (bool):
        name (str):
        priority (TaskManagementV2TaskPriority):
        reported_by_id (int):
        reported_date (datetime.datetime):
        complete_by (datetime.datetime | None | Unset):
        customer_id (int | None | Unset):
        description (None | str | Unset):
        employee_task_resolution_id (int | None | Unset):
        involved_employee_id_list (list[int] | None | Unset):
        job_id (int | None | Unset):
        project_id (int | None | Unset):
        started_on (datetime.datetime | None | Unset):
        status (None | TaskManagementV2TaskStatus | Unset):
    """

    assigned_to_id: int
    business_unit_id: int
    employee_task_source_id: int
    employee_task_type_id: int
    is_closed: bool
    name: str
    priority: TaskManagementV2TaskPriority
    reported_by_id: int
    reported_date: datetime.datetime
    complete_by: datetime.datetime | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    employee_task_resolution_id: int | None | Unset = UNSET
    involved_employee_id_list: list[int] | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    started_on: datetime.datetime | None | Unset = UNSET
    status: None | TaskManagementV2TaskStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "assignedToId",
        "businessUnitId",
        "employeeTaskSourceId",
        "employeeTaskTypeId",
        "isClosed",
        "name",
        "priority",
        "reportedById",
        "reportedDate",
        "completeBy",
        "customerId",
        "description",
        "employeeTaskResolutionId",
        "involvedEmployeeIdList",
        "jobId",
        "projectId",
        "startedOn",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        assigned_to_id = self.assigned_to_id

        business_unit_id = self.business_unit_id

        employee_task_source_id = self.employee_task_source_id

        employee_task_type_id = self.employee_task_type_id

        is_closed = self.is_closed

        name = self.name

        priority = self.priority.value

        reported_by_id = self.reported_by_id

        reported_date = self.reported_date.isoformat()

        complete_by: None | str | Unset
        if isinstance(self.complete_by, Unset):
            complete_by = UNSET
        elif isinstance(self.complete_by, datetime.datetime):
            complete_by = self.complete_by.isoformat()
        else:
            complete_by = self.complete_by

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        employee_task_resolution_id: int | None | Unset
        if isinstance(self.employee_task_resolution_id, Unset):
            employee_task_resolution_id = UNSET
        else:
            employee_task_resolution_id = self.employee_task_resolution_id

        involved_employee_id_list: list[int] | None | Unset
        if isinstance(self.involved_employee_id_list, Unset):
            involved_employee_id_list = UNSET
        elif isinstance(self.involved_employee_id_list, list):
            involved_employee_id_list = self.involved_employee_id_list

        else:
            involved_employee_id_list = self.involved_employee_id_list

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.datetime):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskManagementV2TaskStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignedToId": assigned_to_id,
                "businessUnitId": business_unit_id,
                "employeeTaskSourceId": employee_task_source_id,
                "employeeTaskTypeId": employee_task_type_id,
                "isClosed": is_closed,
                "name": name,
                "priority": priority,
                "reportedById": reported_by_id,
                "reportedDate": reported_date,
            }
        )
        if complete_by is not UNSET:
            field_dict["completeBy"] = complete_by
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if description is not UNSET:
            field_dict["description"] = description
        if employee_task_resolution_id is not UNSET:
            field_dict["employeeTaskResolutionId"] = employee_task_resolution_id
        if involved_employee_id_list is not UNSET:
            field_dict["involvedEmployeeIdList"] = involved_employee_id_list
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if started_on is not UNSET:
            field_dict["startedOn"] = started_on
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assigned_to_id = d.pop("assignedToId")

        business_unit_id = d.pop("businessUnitId")

        employee_task_source_id = d.pop("employeeTaskSourceId")

        employee_task_type_id = d.pop("employeeTaskTypeId")

        is_closed = d.pop("isClosed")

        name = d.pop("name")

        priority = TaskManagementV2TaskPriority(d.pop("priority"))

        reported_by_id = d.pop("reportedById")

        reported_date = datetime.datetime.fromisoformat(d.pop("reportedDate"))

        complete_by = d.pop("completeBy", UNSET)
        if complete_by is not None and not isinstance(complete_by, Unset):
            if not isinstance(complete_by, str):
                raise TypeError()
            complete_by_type_0 = datetime.datetime.fromisoformat(complete_by)

            complete_by = complete_by_type_0

        customer_id = d.pop("customerId", UNSET)

        description = d.pop("description", UNSET)

        employee_task_resolution_id = d.pop("employeeTaskResolutionId", UNSET)

        involved_employee_id_list = d.pop("involvedEmployeeIdList", UNSET)
        if involved_employee_id_list is not None and not isinstance(
            involved_employee_id_list, Unset
        ):
            if not isinstance(involved_employee_id_list, list):
                raise TypeError()
            involved_employee_id_list_type_0 = involved_employee_id_list

            involved_employee_id_list = involved_employee_id_list_type_0

        job_id = d.pop("jobId", UNSET)

        project_id = d.pop("projectId", UNSET)

        started_on = d.pop("startedOn", UNSET)
        if started_on is not None and not isinstance(started_on, Unset):
            if not isinstance(started_on, str):
                raise TypeError()
            started_on_type_0 = datetime.datetime.fromisoformat(started_on)

            started_on = started_on_type_0

        status = d.pop("status", UNSET)
        if status is not None and not isinstance(status, Unset):
            if not isinstance(status, str):
                raise TypeError()
            status_type_0 = TaskManagementV2TaskStatus(status)

            status = status_type_0

        task_management_v2_task_create_request = cls(
            assigned_to_id,
            business_unit_id,
            employee_task_source_id,
            employee_task_type_id,
            is_closed,
            name,
            priority,
            reported_by_id,
            reported_date,
            complete_by,
            customer_id,
            description,
            employee_task_resolution_id,
            involved_employee_id_list,
            job_id,
            project_id,
            started_on,
            status,
        )

        task_management_v2_task_create_request.additional_properties = dict(d)
        return task_management_v2_task_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
