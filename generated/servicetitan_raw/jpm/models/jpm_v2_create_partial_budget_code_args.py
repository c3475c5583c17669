from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.jpm_v2_budget_code_segment_binding_args import (
        JpmV2BudgetCodeSegmentBindingArgs,
    )


T = TypeVar("T", bound="JpmV2CreatePartialBudgetCodeArgs")


@_attrs_define
class JpmV2CreatePartialBudgetCodeArgs:
    """
    Attributes:
        segments (list[JpmV2BudgetCodeSegmentBindingArgs]):
    """

    segments: list[JpmV2BudgetCodeSegmentBindingArgs]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("segments",)

    def to_dict(self) -> dict[str, Any]:
        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segments": segments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        segments = [
            _models.JpmV2BudgetCodeSegmentBindingArgs.from_dict(segments_item_data)
            for segments_item_data in d.pop("segments")
        ]

        jpm_v2_create_partial_budget_code_args = cls(
            segments,
        )

        jpm_v2_create_partial_budget_code_args.additional_properties = dict(d)
        return jpm_v2_create_partial_budget_code_args

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
