from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JpmV2AttachJobEquipmentRequest")


@_attrs_define
class JpmV2AttachJobEquipmentRequest:
    """
    Attributes:
        equipment_ids (list[int]):
    """

    equipment_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("equipmentIds",)

    def to_dict(self) -> dict[str, Any]:
        equipment_ids = self.equipment_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "equipmentIds": equipment_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        equipment_ids = d.pop("equipmentIds")

        jpm_v2_attach_job_equipment_request = cls(
            equipment_ids,
        )

        jpm_v2_attach_job_equipment_request.additional_properties = dict(d)
        return jpm_v2_attach_job_equipment_request

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
