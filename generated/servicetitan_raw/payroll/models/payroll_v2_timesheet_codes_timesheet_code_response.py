from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.payroll_v2_timesheet_code_employee_type import (
    PayrollV2TimesheetCodeEmployeeType,
)
from ..models.payroll_v2_timesheet_code_type import PayrollV2TimesheetCodeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payroll_v2_timesheet_codes_timesheet_code_rate_info_response import (
        PayrollV2TimesheetCodesTimesheetCodeRateInfoResponse,
    )


T = TypeVar("T", bound="PayrollV2TimesheetCodesTimesheetCodeResponse")


@_attrs_define
class PayrollV2TimesheetCodesTimesheetCodeResponse:
    """
    Attributes:
        active (bool):
        applicable_employee_type (PayrollV2TimesheetCodeEmployeeType):
        code (str):
        created_on (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        rate_info (PayrollV2TimesheetCodesTimesheetCodeRateInfoResponse):
        type_ (PayrollV2TimesheetCodeType):
        description (None | str | Unset):
    """

    active: bool
    applicable_employee_type: PayrollV2TimesheetCodeEmployeeType
    code: str
    created_on: datetime.datetime
    id: int
    modified_on: datetime.datetime
    rate_info: PayrollV2TimesheetCodesTimesheetCodeRateInfoResponse
    type_: PayrollV2TimesheetCodeType
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "applicableEmployeeType",
        "code",
        "createdOn",
        "id",
        "modifiedOn",
        "rateInfo",
        "type",
        "description",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        applicable_employee_type = self.applicable_employee_type.value

        code = self.code

        created_on = self.created_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        rate_info = self.rate_info.to_dict()

        type_ = self.type_.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "applicableEmployeeType": applicable_employee_type,
                "code": code,
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
                "rateInfo": rate_info,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        applicable_employee_type = PayrollV2TimesheetCodeEmployeeType(
            d.pop("applicableEmployeeType")
        )

        code = d.pop("code")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        rate_info = (
            _models.PayrollV2TimesheetCodesTimesheetCodeRateInfoResponse.from_dict(
                d.pop("rateInfo")
            )
        )

        type_ = PayrollV2TimesheetCodeType(d.pop("type"))

        description = d.pop("description", UNSET)

        payroll_v2_timesheet_codes_timesheet_code_response = cls(
            active,
            applicable_employee_type,
            code,
            created_on,
            id,
            modified_on,
            rate_info,
            type_,
            description,
        )

        payroll_v2_timesheet_codes_timesheet_code_response.additional_properties = dict(
            d
        )
        return payroll_v2_timesheet_codes_timesheet_code_response

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
