from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timesheets_v2_employee_type import TimesheetsV2EmployeeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimesheetsV2ActivitiesActivityCreateRequest")


@_attrs_define
class TimesheetsV2ActivitiesActivityCreateRequest:
    """
    Attributes:
        activity_type_id (int):
        employee_id (int):
        employee_type (TimesheetsV2EmployeeType):
        start_time (datetime.datetime):
        tag_types (list[int]):
        appointment_id (int | None | Unset):
        budget_code_id (int | None | Unset):
        budget_code_name (None | str | Unset):
        end_time (datetime.datetime | None | Unset):
        job_id (int | None | Unset):
        labor_type_id (int | None | Unset):
        memo (None | str | Unset):
        miles_driven (float | None | Unset):
        non_job_event_assignment_id (int | None | Unset):
        project_id (int | None | Unset):
        project_label (None | str | Unset):
    """

    activity_type_id: int
    employee_id: int
    employee_type: TimesheetsV2EmployeeType
    start_time: datetime.datetime
    tag_types: list[int]
    appointment_id: int | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    budget_code_name: None | str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    labor_type_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    miles_driven: float | None | Unset = UNSET
    non_job_event_assignment_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    project_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "activityTypeId",
        "employeeId",
        "employeeType",
        "startTime",
        "tagTypes",
        "appointmentId",
        "budgetCodeId",
        "budgetCodeName",
        "endTime",
        "jobId",
        "laborTypeId",
        "memo",
        "milesDriven",
        "nonJobEventAssignmentId",
        "projectId",
        "projectLabel",
    )

    def to_dict(self) -> dict[str, Any]:
        activity_type_id = self.activity_type_id

        employee_id = self.employee_id

        employee_type = self.employee_type.value

        start_time = self.start_time.isoformat()

        tag_types = self.tag_types

        appointment_id: int | None | Unset
        if isinstance(self.appointment_id, Unset):
            appointment_id = UNSET
        else:
            appointment_id = self.appointment_id

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        budget_code_name: None | str | Unset
        if isinstance(self.budget_code_name, Unset):
            budget_code_name = UNSET
        else:
            budget_code_name = self.budget_code_name

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        labor_type_id: int | None | Unset
        if isinstance(self.labor_type_id, Unset):
            labor_type_id = UNSET
        else:
            labor_type_id = self.labor_type_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        miles_driven: float | None | Unset
        if isinstance(self.miles_driven, Unset):
            miles_driven = UNSET
        else:
            miles_driven = self.miles_driven

        non_job_event_assignment_id: int | None | Unset
        if isinstance(self.non_job_event_assignment_id, Unset):
            non_job_event_assignment_id = UNSET
        else:
            non_job_event_assignment_id = self.non_job_event_assignment_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        project_label: None | str | Unset
        if isinstance(self.project_label, Unset):
            project_label = UNSET
        else:
            project_label = self.project_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activityTypeId": activity_type_id,
                "employeeId": employee_id,
                "employeeType": employee_type,
                "startTime": start_time,
                "tagTypes": tag_types,
            }
        )
        if appointment_id is not UNSET:
            field_dict["appointmentId"] = appointment_id
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if budget_code_name is not UNSET:
            field_dict["budgetCodeName"] = budget_code_name
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if labor_type_id is not UNSET:
            field_dict["laborTypeId"] = labor_type_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if miles_driven is not UNSET:
            field_dict["milesDriven"] = miles_driven
        if non_job_event_assignment_id is not UNSET:
            field_dict["nonJobEventAssignmentId"] = non_job_event_assignment_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_label is not UNSET:
            field_dict["projectLabel"] = project_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_type_id = d.pop("activityTypeId")

        employee_id = d.pop("employeeId")

        employee_type = TimesheetsV2EmployeeType(d.pop("employeeType"))

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        tag_types = d.pop("tagTypes")

        appointment_id = d.pop("appointmentId", UNSET)

        budget_code_id = d.pop("budgetCodeId", UNSET)

        budget_code_name = d.pop("budgetCodeName", UNSET)

        end_time = d.pop("endTime", UNSET)
        if end_time is not None and not isinstance(end_time, Unset):
            if not isinstance(end_time, str):
                raise TypeError()
            end_time_type_0 = datetime.datetime.fromisoformat(end_time)

            end_time = end_time_type_0

        job_id = d.pop("jobId", UNSET)

        labor_type_id = d.pop("laborTypeId", UNSET)

        memo = d.pop("memo", UNSET)

        miles_driven = d.pop("milesDriven", UNSET)

        non_job_event_assignment_id = d.pop("nonJobEventAssignmentId", UNSET)

        project_id = d.pop("projectId", UNSET)

        project_label = d.pop("projectLabel", UNSET)

        timesheets_v2_activities_activity_create_request = cls(
            activity_type_id,
            employee_id,
            employee_type,
            start_time,
            tag_types,
            appointment_id,
            budget_code_id,
            budget_code_name,
            end_time,
            job_id,
            labor_type_id,
            memo,
            miles_driven,
            non_job_event_assignment_id,
            project_id,
            project_label,
        )

        timesheets_v2_activities_activity_create_request.additional_properties = dict(d)
        return timesheets_v2_activities_activity_create_request

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
