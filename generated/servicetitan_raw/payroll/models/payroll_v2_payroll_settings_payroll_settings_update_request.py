from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payroll_v2_payroll_settings_payroll_custom_field_update_request import (
        PayrollV2PayrollSettingsPayrollCustomFieldUpdateRequest,
    )


T = TypeVar("T", bound="PayrollV2PayrollSettingsPayrollSettingsUpdateRequest")


@_attrs_define
class PayrollV2PayrollSettingsPayrollSettingsUpdateRequest:
    """
    Attributes:
        hourly_rate (float):
        custom_fields (list[PayrollV2PayrollSettingsPayrollCustomFieldUpdateRequest] | None | Unset):
        external_payroll_id (None | str | Unset):
        hire_date (datetime.datetime | None | Unset):
        is_included_in_payroll (bool | None | Unset):
        manager_id (int | None | Unset):
        payroll_business_unit_id (int | None | Unset):
    """

    hourly_rate: float
    custom_fields: (
        list[PayrollV2PayrollSettingsPayrollCustomFieldUpdateRequest] | None | Unset
    ) = UNSET
    external_payroll_id: None | str | Unset = UNSET
    hire_date: datetime.datetime | None | Unset = UNSET
    is_included_in_payroll: bool | None | Unset = UNSET
    manager_id: int | None | Unset = UNSET
    payroll_business_unit_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "hourlyRate",
        "customFields",
        "externalPayrollId",
        "hireDate",
        "isIncludedInPayroll",
        "managerId",
        "payrollBusinessUnitId",
    )

    def to_dict(self) -> dict[str, Any]:
        hourly_rate = self.hourly_rate

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

        is_included_in_payroll: bool | None | Unset
        if isinstance(self.is_included_in_payroll, Unset):
            is_included_in_payroll = UNSET
        else:
            is_included_in_payroll = self.is_included_in_payroll

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
                "hourlyRate": hourly_rate,
            }
        )
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if external_payroll_id is not UNSET:
            field_dict["externalPayrollId"] = external_payroll_id
        if hire_date is not UNSET:
            field_dict["hireDate"] = hire_date
        if is_included_in_payroll is not UNSET:
            field_dict["isIncludedInPayroll"] = is_included_in_payroll
        if manager_id is not UNSET:
            field_dict["managerId"] = manager_id
        if payroll_business_unit_id is not UNSET:
            field_dict["payrollBusinessUnitId"] = payroll_business_unit_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hourly_rate = d.pop("hourlyRate")

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.PayrollV2PayrollSettingsPayrollCustomFieldUpdateRequest.from_dict(
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

        is_included_in_payroll = d.pop("isIncludedInPayroll", UNSET)

        manager_id = d.pop("managerId", UNSET)

        payroll_business_unit_id = d.pop("payrollBusinessUnitId", UNSET)

        payroll_v2_payroll_settings_payroll_settings_update_request = cls(
            hourly_rate,
            custom_fields,
            external_payroll_id,
            hire_date,
            is_included_in_payroll,
            manager_id,
            payroll_business_unit_id,
        )

        payroll_v2_payroll_settings_payroll_settings_update_request.additional_properties = dict(
            d
        )
        return payroll_v2_payroll_settings_payroll_settings_update_request

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
