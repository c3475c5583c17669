from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.jpm_budget_codes_budget_code_model import (
        JpmBudgetCodesBudgetCodeModel,
    )


T = TypeVar("T", bound="JpmBudgetCodesBudgetCodeMatchResult")


@_attrs_define
class JpmBudgetCodesBudgetCodeMatchResult:
    """
    Attributes:
        budget_codes (list[JpmBudgetCodesBudgetCodeModel]):
        code (str):
        is_valid (bool):
    """

    budget_codes: list[JpmBudgetCodesBudgetCodeModel]
    code: str
    is_valid: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "budgetCodes",
        "code",
        "isValid",
    )

    def to_dict(self) -> dict[str, Any]:
        budget_codes = []
        for budget_codes_item_data in self.budget_codes:
            budget_codes_item = budget_codes_item_data.to_dict()
            budget_codes.append(budget_codes_item)

        code = self.code

        is_valid = self.is_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budgetCodes": budget_codes,
                "code": code,
                "isValid": is_valid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        budget_codes = [
            _models.JpmBudgetCodesBudgetCodeModel.from_dict(budget_codes_item_data)
            for budget_codes_item_data in d.pop("budgetCodes")
        ]

        code = d.pop("code")

        is_valid = d.pop("isValid")

        jpm_budget_codes_budget_code_match_result = cls(
            budget_codes,
            code,
            is_valid,
        )

        jpm_budget_codes_budget_code_match_result.additional_properties = dict(d)
        return jpm_budget_codes_budget_code_match_result

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
