from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InventoryV2CustomFieldResponse")


@_attrs_define
class InventoryV2CustomFieldResponse:
    """Represents custom field response

    Attributes:
        name (str): Custom field name
        type_id (int): Id of custom field type
        value (str): Custom field value
    """

    name: str
    type_id: int
    value: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_id = self.type_id

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "typeId": type_id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_id = d.pop("typeId")

        value = d.pop("value")

        inventory_v2_custom_field_response = cls(
            name=name,
            type_id=type_id,
            value=value,
        )

        return inventory_v2_custom_field_response
