from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MembershipsV2MembershipTypeDiscountEntry")


@_attrs_define
class MembershipsV2MembershipTypeDiscountEntry:
    """
    Attributes:
        discount (float):
        target_id (int):
    """

    discount: float
    target_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "discount",
        "targetId",
    )

    def to_dict(self) -> dict[str, Any]:
        discount = self.discount

        target_id = self.target_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discount": discount,
                "targetId": target_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discount = d.pop("discount")

        target_id = d.pop("targetId")

        memberships_v2_membership_type_discount_entry = cls(
            discount,
            target_id,
        )

        memberships_v2_membership_type_discount_entry.additional_properties = dict(d)
        return memberships_v2_membership_type_discount_entry

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
