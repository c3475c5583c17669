from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2InvoiceTemplateItemUpdateRequest")


@_attrs_define
class MembershipsV2InvoiceTemplateItemUpdateRequest:
    """
    Attributes:
        is_add_on (bool):
        quantity (float):
        sku_id (int):
        unit_price (float):
        cost (float | None | Unset):
        description (None | str | Unset):
        hours (float | None | Unset):
        id (int | None | Unset):
    """

    is_add_on: bool
    quantity: float
    sku_id: int
    unit_price: float
    cost: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    hours: float | None | Unset = UNSET
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "isAddOn",
        "quantity",
        "skuId",
        "unitPrice",
        "cost",
        "description",
        "hours",
        "id",
    )

    def to_dict(self) -> dict[str, Any]:
        is_add_on = self.is_add_on

        quantity = self.quantity

        sku_id = self.sku_id

        unit_price = self.unit_price

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        hours: float | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isAddOn": is_add_on,
                "quantity": quantity,
                "skuId": sku_id,
                "unitPrice": unit_price,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if description is not UNSET:
            field_dict["description"] = description
        if hours is not UNSET:
            field_dict["hours"] = hours
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_add_on = d.pop("isAddOn")

        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        unit_price = d.pop("unitPrice")

        cost = d.pop("cost", UNSET)

        description = d.pop("description", UNSET)

        hours = d.pop("hours", UNSET)

        id = d.pop("id", UNSET)

        memberships_v2_invoice_template_item_update_request = cls(
            is_add_on,
            quantity,
            sku_id,
            unit_price,
            cost,
            description,
            hours,
            id,
        )

        memberships_v2_invoice_template_item_update_request.additional_properties = (
            dict(d)
        )
        return memberships_v2_invoice_template_item_update_request

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
