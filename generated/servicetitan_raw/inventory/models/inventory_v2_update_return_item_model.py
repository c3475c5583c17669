from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryV2UpdateReturnItemModel")


@_attrs_define
class InventoryV2UpdateReturnItemModel:
    """
    Attributes:
        cost (float):
        id (int):
        quantity (float):
        sku_id (int):
        budget_code_id (int | None | Unset):
        item_description (None | str | Unset):
    """

    cost: float
    id: int
    quantity: float
    sku_id: int
    budget_code_id: int | None | Unset = UNSET
    item_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "cost",
        "id",
        "quantity",
        "skuId",
        "budgetCodeId",
        "itemDescription",
    )

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        id = self.id

        quantity = self.quantity

        sku_id = self.sku_id

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        item_description: None | str | Unset
        if isinstance(self.item_description, Unset):
            item_description = UNSET
        else:
            item_description = self.item_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "id": id,
                "quantity": quantity,
                "skuId": sku_id,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if item_description is not UNSET:
            field_dict["itemDescription"] = item_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cost = d.pop("cost")

        id = d.pop("id")

        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        item_description = d.pop("itemDescription", UNSET)

        inventory_v2_update_return_item_model = cls(
            cost,
            id,
            quantity,
            sku_id,
            budget_code_id,
            item_description,
        )

        inventory_v2_update_return_item_model.additional_properties = dict(d)
        return inventory_v2_update_return_item_model

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
