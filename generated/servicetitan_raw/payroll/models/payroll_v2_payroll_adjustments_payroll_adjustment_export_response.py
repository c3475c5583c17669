from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payroll_v2_employee_type import PayrollV2EmployeeType
from ..models.payroll_v2_payroll_adjustment_type import PayrollV2PayrollAdjustmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse")


@_attrs_define
class PayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse:
    """
    Attributes:
        active (bool):
        amount (float):
        created_on (datetime.datetime):
        employee_id (int):
        employee_type (PayrollV2EmployeeType):
        id (int):
        modified_on (datetime.datetime):
        posted_on (datetime.datetime):
        type_ (PayrollV2PayrollAdjustmentType):
        activity_code_id (int | None | Unset):
        hours (float | None | Unset):
        invoice_id (int | None | Unset):
        memo (None | str | Unset):
        quantity (float | None | Unset):
        rate (float | None | Unset):
    """

    active: bool
    amount: float
    created_on: datetime.datetime
    employee_id: int
    employee_type: PayrollV2EmployeeType
    id: int
    modified_on: datetime.datetime
    posted_on: datetime.datetime
    type_: PayrollV2PayrollAdjustmentType
    activity_code_id: int | None | Unset = UNSET
    hours: float | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "amount",
        "createdOn",
        "employeeId",
        "employeeType",
        "id",
        "modifiedOn",
        "postedOn",
        "type",
        "activityCodeId",
        "hours",
        "invoiceId",
        "memo",
        "quantity",
        "rate",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        amount = self.amount

        created_on = self.created_on.isoformat()

        employee_id = self.employee_id

        employee_type = self.employee_type.value

        id = self.id

        modified_on = self.modified_on.isoformat()

        posted_on = self.posted_on.isoformat()

        type_ = self.type_.value

        activity_code_id: int | None | Unset
        if isinstance(self.activity_code_id, Unset):
            activity_code_id = UNSET
        else:
            activity_code_id = self.activity_code_id

        hours: float | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "amount": amount,
                "createdOn": created_on,
                "employeeId": employee_id,
                "employeeType": employee_type,
                "id": id,
                "modifiedOn": modified_on,
                "postedOn": posted_on,
                "type": type_,
            }
        )
        if activity_code_id is not UNSET:
            field_dict["activityCodeId"] = activity_code_id
        if hours is not UNSET:
            field_dict["hours"] = hours
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        amount = d.pop("amount")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        employee_id = d.pop("employeeId")

        employee_type = PayrollV2EmployeeType(d.pop("employeeType"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        posted_on = datetime.datetime.fromisoformat(d.pop("postedOn"))

        type_ = PayrollV2PayrollAdjustmentType(d.pop("type"))

        activity_code_id = d.pop("activityCodeId", UNSET)

        hours = d.pop("hours", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        memo = d.pop("memo", UNSET)

        quantity = d.pop("quantity", UNSET)

        rate = d.pop("rate", UNSET)

        payroll_v2_payroll_adjustments_payroll_adjustment_export_response = cls(
            active,
            amount,
            created_on,
            employee_id,
            employee_type,
            id,
            modified_on,
            posted_on,
            type_,
            activity_code_id,
            hours,
            invoice_id,
            memo,
            quantity,
            rate,
        )

        payroll_v2_payroll_adjustments_payroll_adjustment_export_response.additional_properties = dict(
            d
        )
        return payroll_v2_payroll_adjustments_payroll_adjustment_export_response

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
