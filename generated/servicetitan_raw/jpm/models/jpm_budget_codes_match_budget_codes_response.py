from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.jpm_budget_codes_budget_code_match_result import (
        JpmBudgetCodesBudgetCodeMatchResult,
    )


T = TypeVar("T", bound="JpmBudgetCodesMatchBudgetCodesResponse")


@_attrs_define
class JpmBudgetCodesMatchBudgetCodesResponse:
    """
    Attributes:
        matches (list[JpmBudgetCodesBudgetCodeMatchResult]):
    """

    matches: list[JpmBudgetCodesBudgetCodeMatchResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("matches",)

    def to_dict(self) -> dict[str, Any]:
        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matches": matches,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        matches = [
            _models.JpmBudgetCodesBudgetCodeMatchResult.from_dict(matches_item_data)
            for matches_item_data in d.pop("matches")
        ]

        jpm_budget_codes_match_budget_codes_response = cls(
            matches,
        )

        jpm_budget_codes_match_budget_codes_response.additional_properties = dict(d)
        return jpm_budget_codes_match_budget_codes_response

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
