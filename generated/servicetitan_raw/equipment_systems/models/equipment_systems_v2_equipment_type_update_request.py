from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EquipmentSystemsV2EquipmentTypeUpdateRequest")


@_attrs_define
class EquipmentSystemsV2EquipmentTypeUpdateRequest:
    """
    Attributes:
        active (bool | Unset):
        name (str | Unset):
    """

    active: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        name = d.pop("name", UNSET)

        equipment_systems_v2_equipment_type_update_request = cls(
            active,
            name,
        )

        equipment_systems_v2_equipment_type_update_request.additional_properties = dict(
            d
        )
        return equipment_systems_v2_equipment_type_update_request

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
