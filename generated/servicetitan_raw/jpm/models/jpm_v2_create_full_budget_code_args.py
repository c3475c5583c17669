from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JpmV2CreateFullBudgetCodeArgs")


@_attrs_define
class JpmV2CreateFullBudgetCodeArgs:
    """
    Attributes:
        segment_item_ids (list[int]):
    """

    segment_item_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("segmentItemIds",)

    def to_dict(self) -> dict[str, Any]:
        segment_item_ids = self.segment_item_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segmentItemIds": segment_item_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        segment_item_ids = d.pop("segmentItemIds")

        jpm_v2_create_full_budget_code_args = cls(
            segment_item_ids,
        )

        jpm_v2_create_full_budget_code_args.additional_properties = dict(d)
        return jpm_v2_create_full_budget_code_args

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
