from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MembershipsV2MembershipTypeDiscountEntry")


@_attrs_define
class MembershipsV2MembershipTypeDiscountEntry:
    """
    Attributes:
        discount (float): Percentage discount (0 to 100)
        target_id (int): ID of the discount's target, which can be either a business unit or pricebook category
    """

    discount: float
    target_id: int

    def to_dict(self) -> dict[str, Any]:
        discount = self.discount

        target_id = self.target_id

        field_dict: dict[str, Any] = {}

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
            discount=discount,
            target_id=target_id,
        )

        return memberships_v2_membership_type_discount_entry
