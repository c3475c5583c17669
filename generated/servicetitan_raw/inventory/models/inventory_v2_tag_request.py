from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InventoryV2TagRequest")


@_attrs_define
class InventoryV2TagRequest:
    """Represents tag request

    Attributes:
        tag_type_id (int): Tag Type Id
    """

    tag_type_id: int

    def to_dict(self) -> dict[str, Any]:
        tag_type_id = self.tag_type_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tagTypeId": tag_type_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tag_type_id = d.pop("tagTypeId")

        inventory_v2_tag_request = cls(
            tag_type_id=tag_type_id,
        )

        return inventory_v2_tag_request
