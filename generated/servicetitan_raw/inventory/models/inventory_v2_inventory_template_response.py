from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_inventory_template_item_response import (
        InventoryV2InventoryTemplateItemResponse,
    )


T = TypeVar("T", bound="InventoryV2InventoryTemplateResponse")


@_attrs_define
class InventoryV2InventoryTemplateResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        is_consignment (bool):
        modified_on (datetime.datetime):
        name (str):
        type_ (str):
        items (list[InventoryV2InventoryTemplateItemResponse] | None | Unset):
        location_ids (list[int] | None | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    is_consignment: bool
    modified_on: datetime.datetime
    name: str
    type_: str
    items: list[InventoryV2InventoryTemplateItemResponse] | None | Unset = UNSET
    location_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "isConsignment",
        "modifiedOn",
        "name",
        "type",
        "items",
        "locationIds",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        is_consignment = self.is_consignment

        modified_on = self.modified_on.isoformat()

        name = self.name

        type_ = self.type_

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        location_ids: list[int] | None | Unset
        if isinstance(self.location_ids, Unset):
            location_ids = UNSET
        elif isinstance(self.location_ids, list):
            location_ids = self.location_ids

        else:
            location_ids = self.location_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "isConsignment": is_consignment,
                "modifiedOn": modified_on,
                "name": name,
                "type": type_,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items
        if location_ids is not UNSET:
            field_dict["locationIds"] = location_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        is_consignment = d.pop("isConsignment")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        type_ = d.pop("type")

        items = d.pop("items", UNSET)
        if items is not None and not isinstance(items, Unset):
            if not isinstance(items, list):
                raise TypeError()
            items_type_0 = [
                _models.InventoryV2InventoryTemplateItemResponse.from_dict(
                    items_type_0_item_data
                )
                for items_type_0_item_data in items
            ]

            items = items_type_0

        location_ids = d.pop("locationIds", UNSET)
        if location_ids is not None and not isinstance(location_ids, Unset):
            if not isinstance(location_ids, list):
                raise TypeError()
            location_ids_type_0 = location_ids

            location_ids = location_ids_type_0

        inventory_v2_inventory_template_response = cls(
            active,
            created_on,
            id,
            is_consignment,
            modified_on,
            name,
            type_,
            items,
            location_ids,
        )

        inventory_v2_inventory_template_response.additional_properties = dict(d)
        return inventory_v2_inventory_template_response

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
