from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2MembershipTypeDiscountItemResponse")


@_attrs_define
class MembershipsV2MembershipTypeDiscountItemResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        discount (float):
        id (int):
        target_id (int):
        created_by_id (int | None | Unset):
    """

    created_on: datetime.datetime
    discount: float
    id: int
    target_id: int
    created_by_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "discount",
        "id",
        "targetId",
        "createdById",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        discount = self.discount

        id = self.id

        target_id = self.target_id

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "discount": discount,
                "id": id,
                "targetId": target_id,
            }
        )
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        discount = d.pop("discount")

        id = d.pop("id")

        target_id = d.pop("targetId")

        created_by_id = d.pop("createdById", UNSET)

        memberships_v2_membership_type_discount_item_response = cls(
            created_on,
            discount,
            id,
            target_id,
            created_by_id,
        )

        memberships_v2_membership_type_discount_item_response.additional_properties = (
            dict(d)
        )
        return memberships_v2_membership_type_discount_item_response

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
