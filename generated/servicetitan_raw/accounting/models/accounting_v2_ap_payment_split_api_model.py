from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2ApPaymentSplitApiModel")


@_attrs_define
class AccountingV2ApPaymentSplitApiModel:
    """
    Attributes:
        amount (float):
        created_on (datetime.datetime):
        id (int):
        active (bool | None | Unset):
        document_id (int | None | Unset):
        inventory_bill_id (int | None | Unset):
    """

    amount: float
    created_on: datetime.datetime
    id: int
    active: bool | None | Unset = UNSET
    document_id: int | None | Unset = UNSET
    inventory_bill_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "amount",
        "createdOn",
        "id",
        "active",
        "documentId",
        "inventoryBillId",
    )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        created_on = self.created_on.isoformat()

        id = self.id

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        document_id: int | None | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        inventory_bill_id: int | None | Unset
        if isinstance(self.inventory_bill_id, Unset):
            inventory_bill_id = UNSET
        else:
            inventory_bill_id = self.inventory_bill_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "createdOn": created_on,
                "id": id,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if inventory_bill_id is not UNSET:
            field_dict["inventoryBillId"] = inventory_bill_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        active = d.pop("active", UNSET)

        document_id = d.pop("documentId", UNSET)

        inventory_bill_id = d.pop("inventoryBillId", UNSET)

        accounting_v2_ap_payment_split_api_model = cls(
            amount,
            created_on,
            id,
            active,
            document_id,
            inventory_bill_id,
        )

        accounting_v2_ap_payment_split_api_model.additional_properties = dict(d)
        return accounting_v2_ap_payment_split_api_model

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
