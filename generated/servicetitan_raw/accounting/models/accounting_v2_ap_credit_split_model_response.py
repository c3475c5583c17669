from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountingV2ApCreditSplitModelResponse")


@_attrs_define
class AccountingV2ApCreditSplitModelResponse:
    """
    Attributes:
        active (bool):
        amount (float):
        created_on (datetime.datetime):
        id (int):
        inventory_bill_id (int):
        vendor_credit_id (int):
    """

    active: bool
    amount: float
    created_on: datetime.datetime
    id: int
    inventory_bill_id: int
    vendor_credit_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "amount",
        "createdOn",
        "id",
        "inventoryBillId",
        "vendorCreditId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        amount = self.amount

        created_on = self.created_on.isoformat()

        id = self.id

        inventory_bill_id = self.inventory_bill_id

        vendor_credit_id = self.vendor_credit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "amount": amount,
                "createdOn": created_on,
                "id": id,
                "inventoryBillId": inventory_bill_id,
                "vendorCreditId": vendor_credit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        amount = d.pop("amount")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        inventory_bill_id = d.pop("inventoryBillId")

        vendor_credit_id = d.pop("vendorCreditId")

        accounting_v2_ap_credit_split_model_response = cls(
            active,
            amount,
            created_on,
            id,
            inventory_bill_id,
            vendor_credit_id,
        )

        accounting_v2_ap_credit_split_model_response.additional_properties = dict(d)
        return accounting_v2_ap_credit_split_model_response

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
