from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricebook_types_sku_type import PricebookTypesSkuType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimatesV2EstimateTemplateItemRequest")


@_attrs_define
class EstimatesV2EstimateTemplateItemRequest:
    """
    Attributes:
        is_add_on (bool):
        quantity (float):
        sku_id (int):
        sku_type (PricebookTypesSkuType):
        allow_discounts (bool | None | Unset):
        chargeable (bool | None | Unset):
        description (None | str | Unset):
        id (int | None | Unset):
        item_group_name (None | str | Unset):
        item_group_parent_id (int | None | Unset):
        memo (None | str | Unset):
        parent_item_id (int | None | Unset):
        project_labels (None | str | Unset):
        unit_cost (float | None | Unset):
        unit_price (float | None | Unset):
    """

    is_add_on: bool
    quantity: float
    sku_id: int
    sku_type: PricebookTypesSkuType
    allow_discounts: bool | None | Unset = UNSET
    chargeable: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    item_group_name: None | str | Unset = UNSET
    item_group_parent_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    parent_item_id: int | None | Unset = UNSET
    project_labels: None | str | Unset = UNSET
    unit_cost: float | None | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "isAddOn",
        "quantity",
        "skuId",
        "skuType",
        "allowDiscounts",
        "chargeable",
        "description",
        "id",
        "itemGroupName",
        "itemGroupParentId",
        "memo",
        "parentItemId",
        "projectLabels",
        "unitCost",
        "unitPrice",
    )

    def to_dict(self) -> dict[str, Any]:
        is_add_on = self.is_add_on

        quantity = self.quantity

        sku_id = self.sku_id

        sku_type = self.sku_type.value

        allow_discounts: bool | None | Unset
        if isinstance(self.allow_discounts, Unset):
            allow_discounts = UNSET
        else:
            allow_discounts = self.allow_discounts

        chargeable: bool | None | Unset
        if isinstance(self.chargeable, Unset):
            chargeable = UNSET
        else:
            chargeable = self.chargeable

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        item_group_name: None | str | Unset
        if isinstance(self.item_group_name, Unset):
            item_group_name = UNSET
        else:
            item_group_name = self.item_group_name

        item_group_parent_id: int | None | Unset
        if isinstance(self.item_group_parent_id, Unset):
            item_group_parent_id = UNSET
        else:
            item_group_parent_id = self.item_group_parent_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        parent_item_id: int | None | Unset
        if isinstance(self.parent_item_id, Unset):
            parent_item_id = UNSET
        else:
            parent_item_id = self.parent_item_id

        project_labels: None | str | Unset
        if isinstance(self.project_labels, Unset):
            project_labels = UNSET
        else:
            project_labels = self.project_labels

        unit_cost: float | None | Unset
        if isinstance(self.unit_cost, Unset):
            unit_cost = UNSET
        else:
            unit_cost = self.unit_cost

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isAddOn": is_add_on,
                "quantity": quantity,
                "skuId": sku_id,
                "skuType": sku_type,
            }
        )
        if allow_discounts is not UNSET:
            field_dict["allowDiscounts"] = allow_discounts
        if chargeable is not UNSET:
            field_dict["chargeable"] = chargeable
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if item_group_name is not UNSET:
            field_dict["itemGroupName"] = item_group_name
        if item_group_parent_id is not UNSET:
            field_dict["itemGroupParentId"] = item_group_parent_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if parent_item_id is not UNSET:
            field_dict["parentItemId"] = parent_item_id
        if project_labels is not UNSET:
            field_dict["projectLabels"] = project_labels
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_add_on = d.pop("isAddOn")

        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        sku_type = PricebookTypesSkuType(d.pop("skuType"))

        allow_discounts = d.pop("allowDiscounts", UNSET)

        chargeable = d.pop("chargeable", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        item_group_name = d.pop("itemGroupName", UNSET)

        item_group_parent_id = d.pop("itemGroupParentId", UNSET)

        memo = d.pop("memo", UNSET)

        parent_item_id = d.pop("parentItemId", UNSET)

        project_labels = d.pop("projectLabels", UNSET)

        unit_cost = d.pop("unitCost", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        estimates_v2_estimate_template_item_request = cls(
            is_add_on,
            quantity,
            sku_id,
            sku_type,
            allow_discounts,
            chargeable,
            description,
            id,
            item_group_name,
            item_group_parent_id,
            memo,
            parent_item_id,
            project_labels,
            unit_cost,
            unit_price,
        )

        estimates_v2_estimate_template_item_request.additional_properties = dict(d)
        return estimates_v2_estimate_template_item_request

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
