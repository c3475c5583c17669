from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchV2CreateTechnicianSkillRequest")


@_attrs_define
class DispatchV2CreateTechnicianSkillRequest:
    """
    Attributes:
        active (bool):
        name (str):
        technician_id (int):
    """

    active: bool
    name: str
    technician_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "name",
        "technicianId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        name = self.name

        technician_id = self.technician_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "name": name,
                "technicianId": technician_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        name = d.pop("name")

        technician_id = d.pop("technicianId")

        dispatch_v2_create_technician_skill_request = cls(
            active,
            name,
            technician_id,
        )

        dispatch_v2_create_technician_skill_request.additional_properties = dict(d)
        return dispatch_v2_create_technician_skill_request

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
