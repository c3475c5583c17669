from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EquipmentSystemsV2EquipmentTypeCreateRequest")


@_attrs_define
class EquipmentSystemsV2EquipmentTypeCreateRequest:
    """Contract for creating a new equipment type

    Attributes:
        name (str): Equipment type name
    """

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        equipment_systems_v2_equipment_type_create_request = cls(
            name=name,
        )

        return equipment_systems_v2_equipment_type_create_request
