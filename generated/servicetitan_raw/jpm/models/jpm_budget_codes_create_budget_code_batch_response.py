from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.jpm_budget_codes_budget_code_model import (
        JpmBudgetCodesBudgetCodeModel,
    )


T = TypeVar("T", bound="JpmBudgetCodesCreateBudgetCodeBatchResponse")


@_attrs_define
class JpmBudgetCodesCreateBudgetCodeBatchResponse:
    """
    Attributes:
        codes (list[JpmBudgetCodesBudgetCodeModel]):
    """

    codes: list[JpmBudgetCodesBudgetCodeModel]

    def to_dict(self) -> dict[str, Any]:
        codes = []
        for codes_item_data in self.codes:
            codes_item = codes_item_data.to_dict()
            codes.append(codes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "codes": codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jpm_budget_codes_budget_code_model import (
            JpmBudgetCodesBudgetCodeModel,
        )

        d = dict(src_dict)
        codes = []
        _codes = d.pop("codes")
        for codes_item_data in _codes:
            codes_item = JpmBudgetCodesBudgetCodeModel.from_dict(codes_item_data)

            codes.append(codes_item)

        jpm_budget_codes_create_budget_code_batch_response = cls(
            codes=codes,
        )

        return jpm_budget_codes_create_budget_code_batch_response
