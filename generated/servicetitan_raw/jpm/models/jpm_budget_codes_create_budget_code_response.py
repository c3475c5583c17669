from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.jpm_budget_codes_budget_code_model import (
        JpmBudgetCodesBudgetCodeModel,
    )


T = TypeVar("T", bound="JpmBudgetCodesCreateBudgetCodeResponse")


@_attrs_define
class JpmBudgetCodesCreateBudgetCodeResponse:
    """
    Attributes:
        code (JpmBudgetCodesBudgetCodeModel):
    """

    code: JpmBudgetCodesBudgetCodeModel

    def to_dict(self) -> dict[str, Any]:
        code = self.code.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jpm_budget_codes_budget_code_model import (
            JpmBudgetCodesBudgetCodeModel,
        )

        d = dict(src_dict)
        code = JpmBudgetCodesBudgetCodeModel.from_dict(d.pop("code"))

        jpm_budget_codes_create_budget_code_response = cls(
            code=code,
        )

        return jpm_budget_codes_create_budget_code_response
