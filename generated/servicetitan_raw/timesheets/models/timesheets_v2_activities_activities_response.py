from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.timesheets_v2_employee_type import TimesheetsV2EmployeeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timesheets_v2_activities_activity_entry_coordinate import (
        TimesheetsV2ActivitiesActivityEntryCoordinate,
    )


T = TypeVar("T", bound="TimesheetsV2ActivitiesActivitiesResponse")


@_attrs_define
class TimesheetsV2ActivitiesActivitiesResponse:
    """
    Attributes:
        active (bool):
        activity_type_id (int):
        created_on (datetime.datetime):
        employee_id (int):
        employee_type (TimesheetsV2EmployeeType):
        id (int):
        modified_on (datetime.datetime):
        start_time (datetime.datetime):
        tag_types (list[int]):
        appointment_id (int | None | Unset):
        budget_code_id (int | None | Unset):
        end_coordinate (None | TimesheetsV2ActivitiesActivityEntryCoordinate | Unset):
        end_time (datetime.datetime | None | Unset):
        job_id (int | None | Unset):
        labor_type_id (int | None | Unset):
        memo (None | str | Unset):
        modified_by_id (int | None | Unset):
        project_id (int | None | Unset):
        project_label (None | str | Unset):
        start_coordinate (None | TimesheetsV2ActivitiesActivityEntryCoordinate | Unset):
    """

    active: bool
    activity_type_id: int
    created_on: datetime.datetime
    employee_id: int
    employee_type: TimesheetsV2EmployeeType
    id: int
    modified_on: datetime.datetime
    start_time: datetime.datetime
    tag_types: list[int]
    appointment_id: int | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    end_coordinate: None | TimesheetsV2ActivitiesActivityEntryCoordinate | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    labor_type_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    modified_by_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    project_label: None | str | Unset = UNSET
    start_coordinate: None | TimesheetsV2ActivitiesActivityEntryCoordinate | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "activityTypeId",
        "createdOn",
        "employeeId",
        "employeeType",
        "id",
        "modifiedOn",
        "startTime",
        "tagTypes",
        "appointmentId",
        "budgetCodeId",
        "endCoordinate",
        "endTime",
        "jobId",
        "laborTypeId",
        "memo",
        "modifiedById",
        "projectId",
        "projectLabel",
        "startCoordinate",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.timesheets_v2_activities_activity_entry_coordinate import (
            TimesheetsV2ActivitiesActivityEntryCoordinate,
        )

        active = self.active

        activity_type_id = self.activity_type_id

        created_on = self.created_on.isoformat()

        employee_id = self.employee_id

        employee_type = self.employee_type.value

        id = self.id

        modified_on = self.modified_on.isoformat()

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

        end_coordinate: dict[str, Any] | None | Unset
        if isinstance(self.end_coordinate, Unset):
            end_coordinate = UNSET
        elif isinstance(
            self.end_coordinate, TimesheetsV2ActivitiesActivityEntryCoordinate
        ):
            end_coordinate = self.end_coordinate.to_dict()
        else:
            end_coordinate = self.end_coordinate

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

        modified_by_id: int | None | Unset
        if isinstance(self.modified_by_id, Unset):
            modified_by_id = UNSET
        else:
            modified_by_id = self.modified_by_id

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

        start_coordinate: dict[str, Any] | None | Unset
        if isinstance(self.start_coordinate, Unset):
            start_coordinate = UNSET
        elif isinstance(
            self.start_coordinate, TimesheetsV2ActivitiesActivityEntryCoordinate
        ):
            start_coordinate = self.start_coordinate.to_dict()
        else:
            start_coordinate = self.start_coordinate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "activityTypeId": activity_type_id,
                "createdOn": created_on,
                "employeeId": employee_id,
                "employeeType": employee_type,
                "id": id,
                "modifiedOn": modified_on,
                "startTime": start_time,
                "tagTypes": tag_types,
            }
        )
        if appointment_id is not UNSET:
            field_dict["appointmentId"] = appointment_id
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if end_coordinate is not UNSET:
            field_dict["endCoordinate"] = end_coordinate
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if labor_type_id is not UNSET:
            field_dict["laborTypeId"] = labor_type_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if modified_by_id is not UNSET:
            field_dict["modifiedById"] = modified_by_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_label is not UNSET:
            field_dict["projectLabel"] = project_label
        if start_coordinate is not UNSET:
            field_dict["startCoordinate"] = start_coordinate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        activity_type_id = d.pop("activityTypeId")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        employee_id = d.pop("employeeId")

        employee_type = TimesheetsV2EmployeeType(d.pop("employeeType"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        tag_types = d.pop("tagTypes")

        appointment_id = d.pop("appointmentId", UNSET)

        budget_code_id = d.pop("budgetCodeId", UNSET)

        end_coordinate = d.pop("endCoordinate", UNSET)
        if end_coordinate is not None and not isinstance(end_coordinate, Unset):
            if not isinstance(end_coordinate, dict):
                raise TypeError()
            end_coordinate_type_0 = (
                _models.TimesheetsV2ActivitiesActivityEntryCoordinate.from_dict(
                    end_coordinate
                )
            )

            end_coordinate = end_coordinate_type_0

        end_time = d.pop("endTime", UNSET)
        if end_time is not None and not isinstance(end_time, Unset):
            if not isinstance(end_time, str):
                raise TypeError()
            end_time_type_0 = datetime.datetime.fromisoformat(end_time)

            end_time = end_time_type_0

        job_id = d.pop("jobId", UNSET)

        labor_type_id = d.pop("laborTypeId", UNSET)

        memo = d.pop("memo", UNSET)

        modified_by_id = d.pop("modifiedById", UNSET)

        project_id = d.pop("projectId", UNSET)

        project_label = d.pop("projectLabel", UNSET)

        start_coordinate = d.pop("startCoordinate", UNSET)
        if start_coordinate is not None and not isinstance(start_coordinate, Unset):
            if not isinstance(start_coordinate, dict):
                raise TypeError()
            start_coordinate_type_0 = (
                _models.TimesheetsV2ActivitiesActivityEntryCoordinate.from_dict(
                    start_coordinate
                )
            )

            start_coordinate = start_coordinate_type_0

        timesheets_v2_activities_activities_response = cls(
            active,
            activity_type_id,
            created_on,
            employee_id,
            employee_type,
            id,
            modified_on,
            start_time,
            tag_types,
            appointment_id,
            budget_code_id,
            end_coordinate,
            end_time,
            job_id,
            labor_type_id,
            memo,
            modified_by_id,
            project_id,
            project_label,
            start_coordinate,
        )

        timesheets_v2_activities_activities_response.additional_properties = dict(d)
        return timesheets_v2_activities_activities_response

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
