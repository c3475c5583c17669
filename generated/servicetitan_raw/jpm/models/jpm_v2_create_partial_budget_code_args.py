from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "segments": segments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jpm_v2_budget_code_segment_binding_args import (
            JpmV2BudgetCodeSegmentBindingArgs,
        )

        d = dict(src_dict)
        segments = []
        _segments = d.pop("segments")
        for segments_item_data in _segments:
            segments_item = JpmV2BudgetCodeSegmentBindingArgs.from_dict(
                segments_item_data
            )

            segments.append(segments_item)

        jpm_v2_create_partial_budget_code_args = cls(
            segments=segments,
        )

        return jpm_v2_create_partial_budget_code_args
