from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "matches": matches,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jpm_budget_codes_budget_code_match_result import (
            JpmBudgetCodesBudgetCodeMatchResult,
        )

        d = dict(src_dict)
        matches = []
        _matches = d.pop("matches")
        for matches_item_data in _matches:
            matches_item = JpmBudgetCodesBudgetCodeMatchResult.from_dict(
                matches_item_data
            )

            matches.append(matches_item)

        jpm_budget_codes_match_budget_codes_response = cls(
            matches=matches,
        )

        return jpm_budget_codes_match_budget_codes_response
