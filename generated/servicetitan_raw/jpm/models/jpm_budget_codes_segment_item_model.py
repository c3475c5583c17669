from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jpm_budget_codes_segment_item_cost_category import (
    JpmBudgetCodesSegmentItemCostCategory,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JpmBudgetCodesSegmentItemModel")


@_attrs_define
class JpmBudgetCodesSegmentItemModel:
    """
    Attributes:
        code (str):
        description (str):
        id (int):
        is_active (bool):
        path (str):
        cost_category (JpmBudgetCodesSegmentItemCostCategory | None | Unset):
        parent_id (int | None | Unset):
    """

    code: str
    description: str
    id: int
    is_active: bool
    path: str
    cost_category: JpmBudgetCodesSegmentItemCostCategory | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "code",
        "description",
        "id",
        "isActive",
        "path",
        "costCategory",
        "parentId",
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        id = self.id

        is_active = self.is_active

        path = self.path

        cost_category: None | str | Unset
        if isinstance(self.cost_category, Unset):
            cost_category = UNSET
        elif isinstance(self.cost_category, JpmBudgetCodesSegmentItemCostCategory):
            cost_category = self.cost_category.value
        else:
            cost_category = self.cost_category

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
                "id": id,
                "isActive": is_active,
                "path": path,
            }
        )
        if cost_category is not UNSET:
            field_dict["costCategory"] = cost_category
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        id = d.pop("id")

        is_active = d.pop("isActive")

        path = d.pop("path")

        cost_category = d.pop("costCategory", UNSET)
        if cost_category is not None and not isinstance(cost_category, Unset):
            if not isinstance(cost_category, str):
                raise TypeError()
            cost_category_type_0 = JpmBudgetCodesSegmentItemCostCategory(cost_category)

            cost_category = cost_category_type_0

        parent_id = d.pop("parentId", UNSET)

        jpm_budget_codes_segment_item_model = cls(
            code,
            description,
            id,
            is_active,
            path,
            cost_category,
            parent_id,
        )

        jpm_budget_codes_segment_item_model.additional_properties = dict(d)
        return jpm_budget_codes_segment_item_model

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
