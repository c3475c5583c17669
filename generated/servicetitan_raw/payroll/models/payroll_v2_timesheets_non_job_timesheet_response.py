from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payroll_v2_employee_type import PayrollV2EmployeeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollV2TimesheetsNonJobTimesheetResponse")


@_attrs_define
class PayrollV2TimesheetsNonJobTimesheetResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        employee_id (int):
        employee_type (PayrollV2EmployeeType):
        id (int):
        modified_on (datetime.datetime):
        started_on (datetime.datetime):
        timesheet_code_id (int):
        ended_on (datetime.datetime | None | Unset):
    """

    active: bool
    created_on: datetime.datetime
    employee_id: int
    employee_type: PayrollV2EmployeeType
    id: int
    modified_on: datetime.datetime
    started_on: datetime.datetime
    timesheet_code_id: int
    ended_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "employeeId",
        "employeeType",
        "id",
        "modifiedOn",
        "startedOn",
        "timesheetCodeId",
        "endedOn",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        employee_id = self.employee_id

        employee_type = self.employee_type.value

        id = self.id

        modified_on = self.modified_on.isoformat()

        started_on = self.started_on.isoformat()

        timesheet_code_id = self.timesheet_code_id

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.datetime):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "employeeId": employee_id,
                "employeeType": employee_type,
                "id": id,
                "modifiedOn": modified_on,
                "startedOn": started_on,
                "timesheetCodeId": timesheet_code_id,
            }
        )
        if ended_on is not UNSET:
            field_dict["endedOn"] = ended_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        employee_id = d.pop("employeeId")

        employee_type = PayrollV2EmployeeType(d.pop("employeeType"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        started_on = datetime.datetime.fromisoformat(d.pop("startedOn"))

        timesheet_code_id = d.pop("timesheetCodeId")

        ended_on = d.pop("endedOn", UNSET)
        if ended_on is not None and not isinstance(ended_on, Unset):
            if not isinstance(ended_on, str):
                raise TypeError()
            ended_on_type_0 = datetime.datetime.fromisoformat(ended_on)

            ended_on = ended_on_type_0

        payroll_v2_timesheets_non_job_timesheet_response = cls(
            active,
            created_on,
            employee_id,
            employee_type,
            id,
            modified_on,
            started_on,
            timesheet_code_id,
            ended_on,
        )

        payroll_v2_timesheets_non_job_timesheet_response.additional_properties = dict(d)
        return payroll_v2_timesheets_non_job_timesheet_response

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
