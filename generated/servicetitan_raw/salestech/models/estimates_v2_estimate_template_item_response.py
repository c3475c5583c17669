from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricebook_types_sku_type import PricebookTypesSkuType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimatesV2EstimateTemplateItemResponse")


@_attrs_define
class EstimatesV2EstimateTemplateItemResponse:
    """
    Attributes:
        id (int):
        is_add_on (bool):
        order (int):
        quantity (float):
        sku_id (int):
        sku_type (PricebookTypesSkuType):
        total_price (float):
        unit_cost (float):
        unit_price (float):
        allow_discounts (bool | None | Unset):
        chargeable (bool | None | Unset):
        description (None | str | Unset):
        item_group_name (None | str | Unset):
        item_group_parent_id (int | None | Unset):
        memo (None | str | Unset):
        parent_item_id (int | None | Unset):
        project_labels (None | str | Unset):
        sku_name (None | str | Unset):
    """

    id: int
    is_add_on: bool
    order: int
    quantity: float
    sku_id: int
    sku_type: PricebookTypesSkuType
    total_price: float
    unit_cost: float
    unit_price: float
    allow_discounts: bool | None | Unset = UNSET
    chargeable: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    item_group_name: None | str | Unset = UNSET
    item_group_parent_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    parent_item_id: int | None | Unset = UNSET
    project_labels: None | str | Unset = UNSET
    sku_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "isAddOn",
        "order",
        "quantity",
        "skuId",
        "skuType",
        "totalPrice",
        "unitCost",
        "unitPrice",
        "allowDiscounts",
        "chargeable",
        "description",
        "itemGroupName",
        "itemGroupParentId",
        "memo",
        "parentItemId",
        "projectLabels",
        "skuName",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_add_on = self.is_add_on

        order = self.order

        quantity = self.quantity

        sku_id = self.sku_id

        sku_type = self.sku_type.value

        total_price = self.total_price

        unit_cost = self.unit_cost

        unit_price = self.unit_price

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

        sku_name: None | str | Unset
        if isinstance(self.sku_name, Unset):
            sku_name = UNSET
        else:
            sku_name = self.sku_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isAddOn": is_add_on,
                "order": order,
                "quantity": quantity,
                "skuId": sku_id,
                "skuType": sku_type,
                "totalPrice": total_price,
                "unitCost": unit_cost,
                "unitPrice": unit_price,
            }
        )
        if allow_discounts is not UNSET:
            field_dict["allowDiscounts"] = allow_discounts
        if chargeable is not UNSET:
            field_dict["chargeable"] = chargeable
        if description is not UNSET:
            field_dict["description"] = description
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
        if sku_name is not UNSET:
            field_dict["skuName"] = sku_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        is_add_on = d.pop("isAddOn")

        order = d.pop("order")

        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        sku_type = PricebookTypesSkuType(d.pop("skuType"))

        total_price = d.pop("totalPrice")

        unit_cost = d.pop("unitCost")

        unit_price = d.pop("unitPrice")

        allow_discounts = d.pop("allowDiscounts", UNSET)

        chargeable = d.pop("chargeable", UNSET)

        description = d.pop("description", UNSET)

        item_group_name = d.pop("itemGroupName", UNSET)

        item_group_parent_id = d.pop("itemGroupParentId", UNSET)

        memo = d.pop("memo", UNSET)

        parent_item_id = d.pop("parentItemId", UNSET)

        project_labels = d.pop("projectLabels", UNSET)

        sku_name = d.pop("skuName", UNSET)

        estimates_v2_estimate_template_item_response = cls(
            id,
            is_add_on,
            order,
            quantity,
            sku_id,
            sku_type,
            total_price,
            unit_cost,
            unit_price,
            allow_discounts,
            chargeable,
            description,
            item_group_name,
            item_group_parent_id,
            memo,
            parent_item_id,
            project_labels,
            sku_name,
        )

        estimates_v2_estimate_template_item_response.additional_properties = dict(d)
        return estimates_v2_estimate_template_item_response

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
