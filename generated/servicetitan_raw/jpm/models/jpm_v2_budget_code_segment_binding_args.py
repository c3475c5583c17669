from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "segmentId",
        "segmentItemId",
    )

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        segment_item_id: int | None | Unset
        if isinstance(self.segment_item_id, Unset):
            segment_item_id = UNSET
        else:
            segment_item_id = self.segment_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        segment_item_id = d.pop("segmentItemId", UNSET)

        jpm_v2_budget_code_segment_binding_args = cls(
            segment_id,
            segment_item_id,
        )

        jpm_v2_budget_code_segment_binding_args.additional_properties = dict(d)
        return jpm_v2_budget_code_segment_binding_args

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
