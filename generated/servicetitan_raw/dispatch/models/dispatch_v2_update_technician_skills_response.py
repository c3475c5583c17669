from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.dispatch_v2_technician_skill_response import (
        DispatchV2TechnicianSkillResponse,
    )


T = TypeVar("T", bound="DispatchV2UpdateTechnicianSkillsResponse")


@_attrs_define
class DispatchV2UpdateTechnicianSkillsResponse:
    """Response for updating technician skills

    Attributes:
        technician_skills (list[DispatchV2TechnicianSkillResponse]): List of all technician skills after the update
        updated (bool): Whether the update was successful
    """

    technician_skills: list[DispatchV2TechnicianSkillResponse]
    updated: bool

    def to_dict(self) -> dict[str, Any]:
        technician_skills = []
        for technician_skills_item_data in self.technician_skills:
            technician_skills_item = technician_skills_item_data.to_dict()
            technician_skills.append(technician_skills_item)

        updated = self.updated

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "technicianSkills": technician_skills,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dispatch_v2_technician_skill_response import (
            DispatchV2TechnicianSkillResponse,
        )

        d = dict(src_dict)
        technician_skills = []
        _technician_skills = d.pop("technicianSkills")
        for technician_skills_item_data in _technician_skills:
            technician_skills_item = DispatchV2TechnicianSkillResponse.from_dict(
                technician_skills_item_data
            )

            technician_skills.append(technician_skills_item)

        updated = d.pop("updated")

        dispatch_v2_update_technician_skills_response = cls(
            technician_skills=technician_skills,
            updated=updated,
        )

        return dispatch_v2_update_technician_skills_response
