from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payroll_v2_payroll_earning_category import PayrollV2PayrollEarningCategory

T = TypeVar("T", bound="PayrollV2PayrollActivityCodesPayrollActivityCodeExportResponse")


@_attrs_define
class PayrollV2PayrollActivityCodesPayrollActivityCodeExportResponse:
    """
    Attributes:
        active (bool):
        code (str):
        created_on (datetime.datetime):
        earning_category (PayrollV2PayrollEarningCategory):
        id (int):
        is_discretionary (bool):
        modified_on (datetime.datetime):
        name (str):
    """

    active: bool
    code: str
    created_on: datetime.datetime
    earning_category: PayrollV2PayrollEarningCategory
    id: int
    is_discretionary: bool
    modified_on: datetime.datetime
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "code",
        "createdOn",
        "earningCategory",
        "id",
        "isDiscretionary",
        "modifiedOn",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        code = self.code

        created_on = self.created_on.isoformat()

        earning_category = self.earning_category.value

        id = self.id

        is_discretionary = self.is_discretionary

        modified_on = self.modified_on.isoformat()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "code": code,
                "createdOn": created_on,
                "earningCategory": earning_category,
                "id": id,
                "isDiscretionary": is_discretionary,
                "modifiedOn": modified_on,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        code = d.pop("code")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        earning_category = PayrollV2PayrollEarningCategory(d.pop("earningCategory"))

        id = d.pop("id")

        is_discretionary = d.pop("isDiscretionary")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        payroll_v2_payroll_activity_codes_payroll_activity_code_export_response = cls(
            active,
            code,
            created_on,
            earning_category,
            id,
            is_discretionary,
            modified_on,
            name,
        )

        payroll_v2_payroll_activity_codes_payroll_activity_code_export_response.additional_properties = dict(
            d
        )
        return payroll_v2_payroll_activity_codes_payroll_activity_code_export_response

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
