from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryV2ReceivePurchaseOrderItemRequest")


@_attrs_define
class InventoryV2ReceivePurchaseOrderItemRequest:
    """
    Attributes:
        cost (float):
        quantity (float):
        sku_id (int):
        budget_code_id (int | None | Unset):
        description (None | str | Unset):
        purchase_order_item_id (int | None | Unset):
        vendor_part_number (None | str | Unset):
    """

    cost: float
    quantity: float
    sku_id: int
    budget_code_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    purchase_order_item_id: int | None | Unset = UNSET
    vendor_part_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "cost",
        "quantity",
        "skuId",
        "budgetCodeId",
        "description",
        "purchaseOrderItemId",
        "vendorPartNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        quantity = self.quantity

        sku_id = self.sku_id

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        purchase_order_item_id: int | None | Unset
        if isinstance(self.purchase_order_item_id, Unset):
            purchase_order_item_id = UNSET
        else:
            purchase_order_item_id = self.purchase_order_item_id

        vendor_part_number: None | str | Unset
        if isinstance(self.vendor_part_number, Unset):
            vendor_part_number = UNSET
        else:
            vendor_part_number = self.vendor_part_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "quantity": quantity,
                "skuId": sku_id,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if description is not UNSET:
            field_dict["description"] = description
        if purchase_order_item_id is not UNSET:
            field_dict["purchaseOrderItemId"] = purchase_order_item_id
        if vendor_part_number is not UNSET:
            field_dict["vendorPartNumber"] = vendor_part_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cost = d.pop("cost")

        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        description = d.pop("description", UNSET)

        purchase_order_item_id = d.pop("purchaseOrderItemId", UNSET)

        vendor_part_number = d.pop("vendorPartNumber", UNSET)

        inventory_v2_receive_purchase_order_item_request = cls(
            cost,
            quantity,
            sku_id,
            budget_code_id,
            description,
            purchase_order_item_id,
            vendor_part_number,
        )

        inventory_v2_receive_purchase_order_item_request.additional_properties = dict(d)
        return inventory_v2_receive_purchase_order_item_request

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
