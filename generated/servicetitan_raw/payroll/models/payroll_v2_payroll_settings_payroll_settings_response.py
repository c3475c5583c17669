from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.payroll_v2_employee_type import PayrollV2EmployeeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payroll_v2_payroll_settings_payroll_custom_field_response import (
        PayrollV2PayrollSettingsPayrollCustomFieldResponse,
    )


T = TypeVar("T", bound="PayrollV2PayrollSettingsPayrollSettingsResponse")


@_attrs_define
class PayrollV2PayrollSettingsPayrollSettingsResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        employee_id (int):
        employee_type (PayrollV2EmployeeType):
        hourly_rate (float):
        is_included_in_payroll (bool):
        modified_on (datetime.datetime):
        custom_fields (list[PayrollV2PayrollSettingsPayrollCustomFieldResponse] | None | Unset):
        external_payroll_id (None | str | Unset):
        hire_date (datetime.datetime | None | Unset):
        manager_id (int | None | Unset):
        payroll_business_unit_id (int | None | Unset):
    """

    active: bool
    created_on: datetime.datetime
    employee_id: int
    employee_type: PayrollV2EmployeeType
    hourly_rate: float
    is_included_in_payroll: bool
    modified_on: datetime.datetime
    custom_fields: (
        list[PayrollV2PayrollSettingsPayrollCustomFieldResponse] | None | Unset
    ) = UNSET
    external_payroll_id: None | str | Unset = UNSET
    hire_date: datetime.datetime | None | Unset = UNSET
    manager_id: int | None | Unset = UNSET
    payroll_business_unit_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "employeeId",
        "employeeType",
        "hourlyRate",
        "isIncludedInPayroll",
        "modifiedOn",
        "customFields",
        "externalPayrollId",
        "hireDate",
        "managerId",
        "payrollBusinessUnitId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        employee_id = self.employee_id

        employee_type = self.employee_type.value

        hourly_rate = self.hourly_rate

        is_included_in_payroll = self.is_included_in_payroll

        modified_on = self.modified_on.isoformat()

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        external_payroll_id: None | str | Unset
        if isinstance(self.external_payroll_id, Unset):
            external_payroll_id = UNSET
        else:
            external_payroll_id = self.external_payroll_id

        hire_date: None | str | Unset
        if isinstance(self.hire_date, Unset):
            hire_date = UNSET
        elif isinstance(self.hire_date, datetime.datetime):
            hire_date = self.hire_date.isoformat()
        else:
            hire_date = self.hire_date

        manager_id: int | None | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        else:
            manager_id = self.manager_id

        payroll_business_unit_id: int | None | Unset
        if isinstance(self.payroll_business_unit_id, Unset):
            payroll_business_unit_id = UNSET
        else:
            payroll_business_unit_id = self.payroll_business_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "employeeId": employee_id,
                "employeeType": employee_type,
                "hourlyRate": hourly_rate,
                "isIncludedInPayroll": is_included_in_payroll,
                "modifiedOn": modified_on,
            }
        )
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if external_payroll_id is not UNSET:
            field_dict["externalPayrollId"] = external_payroll_id
        if hire_date is not UNSET:
            field_dict["hireDate"] = hire_date
        if manager_id is not UNSET:
            field_dict["managerId"] = manager_id
        if payroll_business_unit_id is not UNSET:
            field_dict["payrollBusinessUnitId"] = payroll_business_unit_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        employee_id = d.pop("employeeId")

        employee_type = PayrollV2EmployeeType(d.pop("employeeType"))

        hourly_rate = d.pop("hourlyRate")

        is_included_in_payroll = d.pop("isIncludedInPayroll")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.PayrollV2PayrollSettingsPayrollCustomFieldResponse.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        external_payroll_id = d.pop("externalPayrollId", UNSET)

        hire_date = d.pop("hireDate", UNSET)
        if hire_date is not None and not isinstance(hire_date, Unset):
            if not isinstance(hire_date, str):
                raise TypeError()
            hire_date_type_0 = datetime.datetime.fromisoformat(hire_date)

            hire_date = hire_date_type_0

        manager_id = d.pop("managerId", UNSET)

        payroll_business_unit_id = d.pop("payrollBusinessUnitId", UNSET)

        payroll_v2_payroll_settings_payroll_settings_response = cls(
            active,
            created_on,
            employee_id,
            employee_type,
            hourly_rate,
            is_included_in_payroll,
            modified_on,
            custom_fields,
            external_payroll_id,
            hire_date,
            manager_id,
            payroll_business_unit_id,
        )

        payroll_v2_payroll_settings_payroll_settings_response.additional_properties = (
            dict(d)
        )
        return payroll_v2_payroll_settings_payroll_settings_response

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
