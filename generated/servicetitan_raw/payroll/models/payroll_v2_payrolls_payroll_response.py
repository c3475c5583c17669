from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payroll_v2_employee_type import PayrollV2EmployeeType
from ..models.payroll_v2_payroll_status import PayrollV2PayrollStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollV2PayrollsPayrollResponse")


@_attrs_define
class PayrollV2PayrollsPayrollResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        employee_id (int):
        employee_type (PayrollV2EmployeeType):
        ended_on (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        started_on (datetime.datetime):
        status (PayrollV2PayrollStatus):
        burden_rate (float | None | Unset):
        manager_approved_on (datetime.datetime | None | Unset):
    """

    active: bool
    created_on: datetime.datetime
    employee_id: int
    employee_type: PayrollV2EmployeeType
    ended_on: datetime.datetime
    id: int
    modified_on: datetime.datetime
    started_on: datetime.datetime
    status: PayrollV2PayrollStatus
    burden_rate: float | None | Unset = UNSET
    manager_approved_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "employeeId",
        "employeeType",
        "endedOn",
        "id",
        "modifiedOn",
        "startedOn",
        "status",
        "burdenRate",
        "managerApprovedOn",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        employee_id = self.employee_id

        employee_type = self.employee_type.value

        ended_on = self.ended_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        started_on = self.started_on.isoformat()

        status = self.status.value

        burden_rate: float | None | Unset
        if isinstance(self.burden_rate, Unset):
            burden_rate = UNSET
        else:
            burden_rate = self.burden_rate

        manager_approved_on: None | str | Unset
        if isinstance(self.manager_approved_on, Unset):
            manager_approved_on = UNSET
        elif isinstance(self.manager_approved_on, datetime.datetime):
            manager_approved_on = self.manager_approved_on.isoformat()
        else:
            manager_approved_on = self.manager_approved_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "employeeId": employee_id,
                "employeeType": employee_type,
                "endedOn": ended_on,
                "id": id,
                "modifiedOn": modified_on,
                "startedOn": started_on,
                "status": status,
            }
        )
        if burden_rate is not UNSET:
            field_dict["burdenRate"] = burden_rate
        if manager_approved_on is not UNSET:
            field_dict["managerApprovedOn"] = manager_approved_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        employee_id = d.pop("employeeId")

        employee_type = PayrollV2EmployeeType(d.pop("employeeType"))

        ended_on = datetime.datetime.fromisoformat(d.pop("endedOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        started_on = datetime.datetime.fromisoformat(d.pop("startedOn"))

        status = PayrollV2PayrollStatus(d.pop("status"))

        burden_rate = d.pop("burdenRate", UNSET)

        manager_approved_on = d.pop("managerApprovedOn", UNSET)
        if manager_approved_on is not None and not isinstance(
            manager_approved_on, Unset
        ):
            if not isinstance(manager_approved_on, str):
                raise TypeError()
            manager_approved_on_type_0 = datetime.datetime.fromisoformat(
                manager_approved_on
            )

            manager_approved_on = manager_approved_on_type_0

        payroll_v2_payrolls_payroll_response = cls(
            active,
            created_on,
            employee_id,
            employee_type,
            ended_on,
            id,
            modified_on,
            started_on,
            status,
            burden_rate,
            manager_approved_on,
        )

        payroll_v2_payrolls_payroll_response.additional_properties = dict(d)
        return payroll_v2_payrolls_payroll_response

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
