from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.dispatch_v2_technician_skill_response import (
        DispatchV2TechnicianSkillResponse,
    )


T = TypeVar("T", bound="DispatchV2UpdateTechnicianSkillsResponse")


@_attrs_define
class DispatchV2UpdateTechnicianSkillsResponse:
    """
    Attributes:
        technician_skills (list[DispatchV2TechnicianSkillResponse]):
        updated (bool):
    """

    technician_skills: list[DispatchV2TechnicianSkillResponse]
    updated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "technicianSkills",
        "updated",
    )

    def to_dict(self) -> dict[str, Any]:
        technician_skills = []
        for technician_skills_item_data in self.technician_skills:
            technician_skills_item = technician_skills_item_data.to_dict()
            technician_skills.append(technician_skills_item)

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "technicianSkills": technician_skills,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        technician_skills = [
            _models.DispatchV2TechnicianSkillResponse.from_dict(
                technician_skills_item_data
            )
            for technician_skills_item_data in d.pop("technicianSkills")
        ]

        updated = d.pop("updated")

        dispatch_v2_update_technician_skills_response = cls(
            technician_skills,
            updated,
        )

        dispatch_v2_update_technician_skills_response.additional_properties = dict(d)
        return dispatch_v2_update_technician_skills_response

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
