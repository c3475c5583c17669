from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PayrollV2PayrollSettingsPayrollSettingsUpdateResponse")


@_attrs_define
class PayrollV2PayrollSettingsPayrollSettingsUpdateResponse:
    """
    Attributes:
        employee_id (int): The employee ID
    """

    employee_id: int

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "employeeId": employee_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        employee_id = d.pop("employeeId")

        payroll_v2_payroll_settings_payroll_settings_update_response = cls(
            employee_id=employee_id,
        )

        return payroll_v2_payroll_settings_payroll_settings_update_response
