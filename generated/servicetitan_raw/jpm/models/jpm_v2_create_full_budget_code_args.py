from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JpmV2CreateFullBudgetCodeArgs")


@_attrs_define
class JpmV2CreateFullBudgetCodeArgs:
    """
    Attributes:
        segment_item_ids (list[int]):
    """

    segment_item_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        segment_item_ids = self.segment_item_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "segmentItemIds": segment_item_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        segment_item_ids = cast(list[int], d.pop("segmentItemIds"))

        jpm_v2_create_full_budget_code_args = cls(
            segment_item_ids=segment_item_ids,
        )

        return jpm_v2_create_full_budget_code_args
