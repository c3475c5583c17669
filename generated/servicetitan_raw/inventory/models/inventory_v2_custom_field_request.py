from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InventoryV2CustomFieldRequest")


@_attrs_define
class InventoryV2CustomFieldRequest:
    """Request model to update a single custom field

    Attributes:
        name (str): Custom field name
        value (str): Custom field value
    """

    name: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value")

        inventory_v2_custom_field_request = cls(
            name=name,
            value=value,
        )

        return inventory_v2_custom_field_request
