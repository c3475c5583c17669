from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayrollV2PayrollSettingsPayrollSettingsUpdateResponse")


@_attrs_define
class PayrollV2PayrollSettingsPayrollSettingsUpdateResponse:
    """
    Attributes:
        employee_id (int):
    """

    employee_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("employeeId",)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            employee_id,
        )

        payroll_v2_payroll_settings_payroll_settings_update_response.additional_properties = dict(
            d
        )
        return payroll_v2_payroll_settings_payroll_settings_update_response

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
