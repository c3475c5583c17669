from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.equipment_systems_v2_finding_urgency_level import (
    EquipmentSystemsV2FindingUrgencyLevel,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EquipmentSystemsV2FindingUpdateRequest")


@_attrs_define
class EquipmentSystemsV2FindingUpdateRequest:
    """
    Attributes:
        active (bool | Unset):
        archived (bool | Unset):
        description (str | Unset):
        internal_notes (str | Unset):
        name (str | Unset):
        recommended_solution (str | Unset):
        urgency_level (EquipmentSystemsV2FindingUrgencyLevel | Unset):
    """

    active: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    description: str | Unset = UNSET
    internal_notes: str | Unset = UNSET
    name: str | Unset = UNSET
    recommended_solution: str | Unset = UNSET
    urgency_level: EquipmentSystemsV2FindingUrgencyLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "archived",
        "description",
        "internalNotes",
        "name",
        "recommendedSolution",
        "urgencyLevel",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        archived = self.archived

        description = self.description

        internal_notes = self.internal_notes

        name = self.name

        recommended_solution = self.recommended_solution

        urgency_level: str | Unset = UNSET
        if not isinstance(self.urgency_level, Unset):
            urgency_level = self.urgency_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if archived is not UNSET:
            field_dict["archived"] = archived
        if description is not UNSET:
            field_dict["description"] = description
        if internal_notes is not UNSET:
            field_dict["internalNotes"] = internal_notes
        if name is not UNSET:
            field_dict["name"] = name
        if recommended_solution is not UNSET:
            field_dict["recommendedSolution"] = recommended_solution
        if urgency_level is not UNSET:
            field_dict["urgencyLevel"] = urgency_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        archived = d.pop("archived", UNSET)

        description = d.pop("description", UNSET)

        internal_notes = d.pop("internalNotes", UNSET)

        name = d.pop("name", UNSET)

        recommended_solution = d.pop("recommendedSolution", UNSET)

        urgency_level = d.pop("urgencyLevel", UNSET)
        if not isinstance(urgency_level, Unset):
            urgency_level = EquipmentSystemsV2FindingUrgencyLevel(urgency_level)

        equipment_systems_v2_finding_update_request = cls(
            active,
            archived,
            description,
            internal_notes,
            name,
            recommended_solution,
            urgency_level,
        )

        equipment_systems_v2_finding_update_request.additional_properties = dict(d)
        return equipment_systems_v2_finding_update_request

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
