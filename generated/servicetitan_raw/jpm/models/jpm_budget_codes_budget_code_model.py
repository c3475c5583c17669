from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.jpm_budget_codes_budget_code_segment_model import (
        JpmBudgetCodesBudgetCodeSegmentModel,
    )


T = TypeVar("T", bound="JpmBudgetCodesBudgetCodeModel")


@_attrs_define
class JpmBudgetCodesBudgetCodeModel:
    """
    Attributes:
        code (str):
        description (str):
        id (int):
        segments (list[JpmBudgetCodesBudgetCodeSegmentModel]):
    """

    code: str
    description: str
    id: int
    segments: list[JpmBudgetCodesBudgetCodeSegmentModel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "code",
        "description",
        "id",
        "segments",
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        id = self.id

        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
                "id": id,
                "segments": segments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        id = d.pop("id")

        segments = [
            _models.JpmBudgetCodesBudgetCodeSegmentModel.from_dict(segments_item_data)
            for segments_item_data in d.pop("segments")
        ]

        jpm_budget_codes_budget_code_model = cls(
            code,
            description,
            id,
            segments,
        )

        jpm_budget_codes_budget_code_model.additional_properties = dict(d)
        return jpm_budget_codes_budget_code_model

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
