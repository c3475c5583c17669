from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JpmV2BudgetCodeSegmentBindingArgs")


@_attrs_define
class JpmV2BudgetCodeSegmentBindingArgs:
    """
    Attributes:
        segment_id (int):
        segment_item_id (int | None | Unset):
    """

    segment_id: int
    segment_item_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        segment_item_id: int | None | Unset
        if isinstance(self.segment_item_id, Unset):
            segment_item_id = UNSET
        else:
            segment_item_id = self.segment_item_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "segmentId": segment_id,
            }
        )
        if segment_item_id is not UNSET:
            field_dict["segmentItemId"] = segment_item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        segment_id = d.pop("segmentId")

        def _parse_segment_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        segment_item_id = _parse_segment_item_id(d.pop("segmentItemId", UNSET))

        jpm_v2_budget_code_segment_binding_args = cls(
            segment_id=segment_id,
            segment_item_id=segment_item_id,
        )

        return jpm_v2_budget_code_segment_binding_args
