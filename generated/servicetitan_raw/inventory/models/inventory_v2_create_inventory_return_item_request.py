from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryV2CreateInventoryReturnItemRequest")


@_attrs_define
class InventoryV2CreateInventoryReturnItemRequest:
    """
    Attributes:
        cost (float):
        quantity (float):
        sku_id (int):
        budget_code_id (int | None | Unset):
        description (None | str | Unset):
        shipment_item_id (int | None | Unset):
    """

    cost: float
    quantity: float
    sku_id: int
    budget_code_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    shipment_item_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "cost",
        "quantity",
        "skuId",
        "budgetCodeId",
        "description",
        "shipmentItemId",
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

        shipment_item_id: int | None | Unset
        if isinstance(self.shipment_item_id, Unset):
            shipment_item_id = UNSET
        else:
            shipment_item_id = self.shipment_item_id

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
        if shipment_item_id is not UNSET:
            field_dict["shipmentItemId"] = shipment_item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cost = d.pop("cost")

        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        description = d.pop("description", UNSET)

        shipment_item_id = d.pop("shipmentItemId", UNSET)

        inventory_v2_create_inventory_return_item_request = cls(
            cost,
            quantity,
            sku_id,
            budget_code_id,
            description,
            shipment_item_id,
        )

        inventory_v2_create_inventory_return_item_request.additional_properties = dict(
            d
        )
        return inventory_v2_create_inventory_return_item_request

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
