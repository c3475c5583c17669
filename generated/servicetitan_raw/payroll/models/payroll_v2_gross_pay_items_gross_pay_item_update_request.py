from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollV2GrossPayItemsGrossPayItemUpdateRequest")


@_attrs_define
class PayrollV2GrossPayItemsGrossPayItemUpdateRequest:
    """
    Attributes:
        activity_code_id (int):
        amount (float):
        date (datetime.datetime):
        payroll_id (int):
        budget_code_id (int | None | Unset):
        invoice_id (int | None | Unset):
        memo (None | str | Unset):
    """

    activity_code_id: int
    amount: float
    date: datetime.datetime
    payroll_id: int
    budget_code_id: int | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "activityCodeId",
        "amount",
        "date",
        "payrollId",
        "budgetCodeId",
        "invoiceId",
        "memo",
    )

    def to_dict(self) -> dict[str, Any]:
        activity_code_id = self.activity_code_id

        amount = self.amount

        date = self.date.isoformat()

        payroll_id = self.payroll_id

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activityCodeId": activity_code_id,
                "amount": amount,
                "date": date,
                "payrollId": payroll_id,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_code_id = d.pop("activityCodeId")

        amount = d.pop("amount")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        payroll_id = d.pop("payrollId")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        memo = d.pop("memo", UNSET)

        payroll_v2_gross_pay_items_gross_pay_item_update_request = cls(
            activity_code_id,
            amount,
            date,
            payroll_id,
            budget_code_id,
            invoice_id,
            memo,
        )

        payroll_v2_gross_pay_items_gross_pay_item_update_request.additional_properties = dict(
            d
        )
        return payroll_v2_gross_pay_items_gross_pay_item_update_request

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
