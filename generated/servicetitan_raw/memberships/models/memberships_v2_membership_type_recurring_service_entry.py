from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_offset_type import MembershipsV2OffsetType

T = TypeVar("T", bound="MembershipsV2MembershipTypeRecurringServiceEntry")


@_attrs_define
class MembershipsV2MembershipTypeRecurringServiceEntry:
    """
    Attributes:
        allocation (float):
        membership_type_id (int):
        offset (int):
        offset_type (MembershipsV2OffsetType):
        recurring_service_type_id (int):
    """

    allocation: float
    membership_type_id: int
    offset: int
    offset_type: MembershipsV2OffsetType
    recurring_service_type_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "allocation",
        "membershipTypeId",
        "offset",
        "offsetType",
        "recurringServiceTypeId",
    )

    def to_dict(self) -> dict[str, Any]:
        allocation = self.allocation

        membership_type_id = self.membership_type_id

        offset = self.offset

        offset_type = self.offset_type.value

        recurring_service_type_id = self.recurring_service_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocation": allocation,
                "membershipTypeId": membership_type_id,
                "offset": offset,
                "offsetType": offset_type,
                "recurringServiceTypeId": recurring_service_type_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        allocation = d.pop("allocation")

        membership_type_id = d.pop("membershipTypeId")

        offset = d.pop("offset")

        offset_type = MembershipsV2OffsetType(d.pop("offsetType"))

        recurring_service_type_id = d.pop("recurringServiceTypeId")

        memberships_v2_membership_type_recurring_service_entry = cls(
            allocation,
            membership_type_id,
            offset,
            offset_type,
            recurring_service_type_id,
        )

        memberships_v2_membership_type_recurring_service_entry.additional_properties = (
            dict(d)
        )
        return memberships_v2_membership_type_recurring_service_entry

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
