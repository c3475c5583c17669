from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "isActive",
        "isRequired",
        "name",
        "structure",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_active = self.is_active

        is_required = self.is_required

        name = self.name

        structure = self.structure.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            id,
            is_active,
            is_required,
            name,
            structure,
            type_,
        )

        jpm_budget_codes_segment_model.additional_properties = dict(d)
        return jpm_budget_codes_segment_model

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
