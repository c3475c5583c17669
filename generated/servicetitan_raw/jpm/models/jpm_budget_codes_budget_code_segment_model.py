from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JpmBudgetCodesBudgetCodeSegmentModel")


@_attrs_define
class JpmBudgetCodesBudgetCodeSegmentModel:
    """
    Attributes:
        segment_id (int):
        code (None | str | Unset):
        description (None | str | Unset):
        path (None | str | Unset):
        segment_item_id (int | None | Unset):
    """

    segment_id: int
    code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    segment_item_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "segmentId",
        "code",
        "description",
        "path",
        "segmentItemId",
    )

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

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
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if path is not UNSET:
            field_dict["path"] = path
        if segment_item_id is not UNSET:
            field_dict["segmentItemId"] = segment_item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        segment_id = d.pop("segmentId")

        code = d.pop("code", UNSET)

        description = d.pop("description", UNSET)

        path = d.pop("path", UNSET)

        segment_item_id = d.pop("segmentItemId", UNSET)

        jpm_budget_codes_budget_code_segment_model = cls(
            segment_id,
            code,
            description,
            path,
            segment_item_id,
        )

        jpm_budget_codes_budget_code_segment_model.additional_properties = dict(d)
        return jpm_budget_codes_budget_code_segment_model

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
