from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_default_sorting_fields import (
    MembershipsV2DefaultSortingFields,
)

T = TypeVar("T", bound="OrderByItemOfMembershipsV2DefaultSortingFields")


@_attrs_define
class OrderByItemOfMembershipsV2DefaultSortingFields:
    """
    Attributes:
        field (MembershipsV2DefaultSortingFields):
        is_descending (bool):
    """

    field: MembershipsV2DefaultSortingFields
    is_descending: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "field",
        "isDescending",
    )

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        is_descending = self.is_descending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "isDescending": is_descending,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = MembershipsV2DefaultSortingFields(d.pop("field"))

        is_descending = d.pop("isDescending")

        order_by_item_of_memberships_v2_default_sorting_fields = cls(
            field,
            is_descending,
        )

        order_by_item_of_memberships_v2_default_sorting_fields.additional_properties = (
            dict(d)
        )
        return order_by_item_of_memberships_v2_default_sorting_fields

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
