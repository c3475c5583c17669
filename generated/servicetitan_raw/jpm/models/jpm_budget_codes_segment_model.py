from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.jpm_budget_codes_segment_structure import JpmBudgetCodesSegmentStructure
from ..models.jpm_budget_codes_segment_type import JpmBudgetCodesSegmentType

T = TypeVar("T", bound="JpmBudgetCodesSegmentModel")


@_attrs_define
class JpmBudgetCodesSegmentModel:
    """
    Attributes:
        id (int):
        is_active (bool):
        is_required (bool):
        name (str):
        structure (JpmBudgetCodesSegmentStructure):
        type_ (JpmBudgetCodesSegmentType):
    """

    id: int
    is_active: bool
    is_required: bool
    name: str
    structure: JpmBudgetCodesSegmentStructure
    type_: JpmBudgetCodesSegmentType

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_active = self.is_active

        is_required = self.is_required

        name = self.name

        structure = self.structure.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "isActive": is_active,
                "isRequired": is_required,
                "name": name,
                "structure": structure,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        is_active = d.pop("isActive")

        is_required = d.pop("isRequired")

        name = d.pop("name")

        structure = JpmBudgetCodesSegmentStructure(d.pop("structure"))

        type_ = JpmBudgetCodesSegmentType(d.pop("type"))

        jpm_budget_codes_segment_model = cls(
            id=id,
            is_active=is_active,
            is_required=is_required,
            name=name,
            structure=structure,
            type_=type_,
        )

        return jpm_budget_codes_segment_model
