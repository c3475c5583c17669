from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.task_management_v2_client_side_business_unit_response import (
        TaskManagementV2ClientSideBusinessUnitResponse,
    )
    from ..models.task_management_v2_client_side_employee_response import (
        TaskManagementV2ClientSideEmployeeResponse,
    )
    from ..models.task_management_v2_client_side_task_priority_response import (
        TaskManagementV2ClientSideTaskPriorityResponse,
    )
    from ..models.task_management_v2_client_side_task_resolution_response import (
        TaskManagementV2ClientSideTaskResolutionResponse,
    )
    from ..models.task_management_v2_client_side_task_resolution_type_response import (
        TaskManagementV2ClientSideTaskResolutionTypeResponse,
    )
    from ..models.task_management_v2_client_side_task_source_response import (
        TaskManagementV2ClientSideTaskSourceResponse,
    )
    from ..models.task_management_v2_client_side_task_status_response import (
        TaskManagementV2ClientSideTaskStatusResponse,
    )
    from ..models.task_management_v2_client_side_task_type_response import (
        TaskManagementV2ClientSideTaskTypeResponse,
    )


T = TypeVar("T", bound="TaskManagementV2ClientSideDataResponse")


@_attrs_define
class TaskManagementV2ClientSideDataResponse:
    """
    Attributes:
        business_units (list[TaskManagementV2ClientSideBusinessUnitResponse]):
        employees (list[TaskManagementV2ClientSideEmployeeResponse]):
        task_priorities (list[TaskManagementV2ClientSideTaskPriorityResponse]):
        task_resolution_types (list[TaskManagementV2ClientSideTaskResolutionTypeResponse]):
        task_resolutions (list[TaskManagementV2ClientSideTaskResolutionResponse]):
        task_sources (list[TaskManagementV2ClientSideTaskSourceResponse]):
        task_statuses (list[TaskManagementV2ClientSideTaskStatusResponse]):
        task_types (list[TaskManagementV2ClientSideTaskTypeResponse]):
    """

    business_units: list[TaskManagementV2ClientSideBusinessUnitResponse]
    employees: list[TaskManagementV2ClientSideEmployeeResponse]
    task_priorities: list[TaskManagementV2ClientSideTaskPriorityResponse]
    task_resolution_types: list[TaskManagementV2ClientSideTaskResolutionTypeResponse]
    task_resolutions: list[TaskManagementV2ClientSideTaskResolutionResponse]
    task_sources: list[TaskManagementV2ClientSideTaskSourceResponse]
    task_statuses: list[TaskManagementV2ClientSideTaskStatusResponse]
    task_types: list[TaskManagementV2ClientSideTaskTypeResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnits",
        "employees",
        "taskPriorities",
        "taskResolutionTypes",
        "taskResolutions",
        "taskSources",
        "taskStatuses",
        "taskTypes",
    )

    def to_dict(self) -> dict[str, Any]:
        business_units = []
        for business_units_item_data in self.business_units:
            business_units_item = business_units_item_data.to_dict()
            business_units.append(business_units_item)

        employees = []
        for employees_item_data in self.employees:
            employees_item = employees_item_data.to_dict()
            employees.append(employees_item)

        task_priorities = []
        for task_priorities_item_data in self.task_priorities:
            task_priorities_item = task_priorities_item_data.to_dict()
            task_priorities.append(task_priorities_item)

        task_resolution_types = []
        for task_resolution_types_item_data in self.task_resolution_types:
            task_resolution_types_item = task_resolution_types_item_data.to_dict()
            task_resolution_types.append(task_resolution_types_item)

        task_resolutions = []
        for task_resolutions_item_data in self.task_resolutions:
            task_resolutions_item = task_resolutions_item_data.to_dict()
            task_resolutions.append(task_resolutions_item)

        task_sources = []
        for task_sources_item_data in self.task_sources:
            task_sources_item = task_sources_item_data.to_dict()
            task_sources.append(task_sources_item)

        task_statuses = []
        for task_statuses_item_data in self.task_statuses:
            task_statuses_item = task_statuses_item_data.to_dict()
            task_statuses.append(task_statuses_item)

        task_types = []
        for task_types_item_data in self.task_types:
            task_types_item = task_types_item_data.to_dict()
            task_types.append(task_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessUnits": business_units,
                "employees": employees,
                "taskPriorities": task_priorities,
                "taskResolutionTypes": task_resolution_types,
                "taskResolutions": task_resolutions,
                "taskSources": task_sources,
                "taskStatuses": task_statuses,
                "taskTypes": task_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_units = [
            _models.TaskManagementV2ClientSideBusinessUnitResponse.from_dict(
                business_units_item_data
            )
            for business_units_item_data in d.pop("businessUnits")
        ]

        employees = [
            _models.TaskManagementV2ClientSideEmployeeResponse.from_dict(
                employees_item_data
            )
            for employees_item_data in d.pop("employees")
        ]

        task_priorities = [
            _models.TaskManagementV2ClientSideTaskPriorityResponse.from_dict(
                task_priorities_item_data
            )
            for task_priorities_item_data in d.pop("taskPriorities")
        ]

        task_resolution_types = [
            _models.TaskManagementV2ClientSideTaskResolutionTypeResponse.from_dict(
                task_resolution_types_item_data
            )
            for task_resolution_types_item_data in d.pop("taskResolutionTypes")
        ]

        task_resolutions = [
            _models.TaskManagementV2ClientSideTaskResolutionResponse.from_dict(
                task_resolutions_item_data
            )
            for task_resolutions_item_data in d.pop("taskResolutions")
        ]

        task_sources = [
            _models.TaskManagementV2ClientSideTaskSourceResponse.from_dict(
                task_sources_item_data
            )
            for task_sources_item_data in d.pop("taskSources")
        ]

        task_statuses = [
            _models.TaskManagementV2ClientSideTaskStatusResponse.from_dict(
                task_statuses_item_data
            )
            for task_statuses_item_data in d.pop("taskStatuses")
        ]

        task_types = [
            _models.TaskManagementV2ClientSideTaskTypeResponse.from_dict(
                task_types_item_data
            )
            for task_types_item_data in d.pop("taskTypes")
        ]

        task_management_v2_client_side_data_response = cls(
            business_units,
            employees,
            task_priorities,
            task_resolution_types,
            task_resolutions,
            task_sources,
            task_statuses,
            task_types,
        )

        task_management_v2_client_side_data_response.additional_properties = dict(d)
        return task_management_v2_client_side_data_response

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
