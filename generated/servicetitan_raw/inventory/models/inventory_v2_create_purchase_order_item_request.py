from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryV2CreatePurchaseOrderItemRequest")


@_attrs_define
class InventoryV2CreatePurchaseOrderItemRequest:
    """
    Attributes:
        cost (float):
        description (str):
        quantity (float):
        sku_id (int):
        vendor_part_number (str):
        budget_code_id (int | None | Unset):
    """

    cost: float
    description: str
    quantity: float
    sku_id: int
    vendor_part_number: str
    budget_code_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "cost",
        "description",
        "quantity",
        "skuId",
        "vendorPartNumber",
        "budgetCodeId",
    )

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        description = self.description

        quantity = self.quantity

        sku_id = self.sku_id

        vendor_part_number = self.vendor_part_number

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "description": description,
                "quantity": quantity,
                "skuId": sku_id,
                "vendorPartNumber": vendor_part_number,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cost = d.pop("cost")

        description = d.pop("description")

        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        vendor_part_number = d.pop("vendorPartNumber")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        inventory_v2_create_purchase_order_item_request = cls(
            cost,
            description,
            quantity,
            sku_id,
            vendor_part_number,
            budget_code_id,
        )

        inventory_v2_create_purchase_order_item_request.additional_properties = dict(d)
        return inventory_v2_create_purchase_order_item_request

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
