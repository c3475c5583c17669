from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispatch_v2_capacity_response_technician_status import (
    DispatchV2CapacityResponseTechnicianStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2CapacityResponseTechnician")


@_attrs_define
class DispatchV2CapacityResponseTechnician:
    """
    Attributes:
        id (int):
        name (str):
        status (DispatchV2CapacityResponseTechnicianStatus):
        has_required_skills (bool | None | Unset):
    """

    id: int
    name: str
    status: DispatchV2CapacityResponseTechnicianStatus
    has_required_skills: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "name",
        "status",
        "hasRequiredSkills",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status.value

        has_required_skills: bool | None | Unset
        if isinstance(self.has_required_skills, Unset):
            has_required_skills = UNSET
        else:
            has_required_skills = self.has_required_skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if has_required_skills is not UNSET:
            field_dict["hasRequiredSkills"] = has_required_skills

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = DispatchV2CapacityResponseTechnicianStatus(d.pop("status"))

        has_required_skills = d.pop("hasRequiredSkills", UNSET)

        dispatch_v2_capacity_response_technician = cls(
            id,
            name,
            status,
            has_required_skills,
        )

        dispatch_v2_capacity_response_technician.additional_properties = dict(d)
        return dispatch_v2_capacity_response_technician

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
