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


T = TypeVar("T", bound="JpmBudgetCodesCreateBudgetCodeBatchResponse")


@_attrs_define
class JpmBudgetCodesCreateBudgetCodeBatchResponse:
    """
    Attributes:
        codes (list[JpmBudgetCodesBudgetCodeModel]):
    """

    codes: list[JpmBudgetCodesBudgetCodeModel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("codes",)

    def to_dict(self) -> dict[str, Any]:
        codes = []
        for codes_item_data in self.codes:
            codes_item = codes_item_data.to_dict()
            codes.append(codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codes": codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        codes = [
            _models.JpmBudgetCodesBudgetCodeModel.from_dict(codes_item_data)
            for codes_item_data in d.pop("codes")
        ]

        jpm_budget_codes_create_budget_code_batch_response = cls(
            codes,
        )

        jpm_budget_codes_create_budget_code_batch_response.additional_properties = dict(
            d
        )
        return jpm_budget_codes_create_budget_code_batch_response

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
