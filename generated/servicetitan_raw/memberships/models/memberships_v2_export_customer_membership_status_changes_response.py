from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_membership_status import MembershipsV2MembershipStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2ExportCustomerMembershipStatusChangesResponse")


@_attrs_define
class MembershipsV2ExportCustomerMembershipStatusChangesResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        id (int):
        membership_id (int):
        new_status (MembershipsV2MembershipStatus):
        old_status (MembershipsV2MembershipStatus):
        created_by_id (int | None | Unset):
        note (None | str | Unset):
    """

    created_on: datetime.datetime
    id: int
    membership_id: int
    new_status: MembershipsV2MembershipStatus
    old_status: MembershipsV2MembershipStatus
    created_by_id: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "id",
        "membershipId",
        "newStatus",
        "oldStatus",
        "createdById",
        "note",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        id = self.id

        membership_id = self.membership_id

        new_status = self.new_status.value

        old_status = self.old_status.value

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "id": id,
                "membershipId": membership_id,
                "newStatus": new_status,
                "oldStatus": old_status,
            }
        )
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        membership_id = d.pop("membershipId")

        new_status = MembershipsV2MembershipStatus(d.pop("newStatus"))

        old_status = MembershipsV2MembershipStatus(d.pop("oldStatus"))

        created_by_id = d.pop("createdById", UNSET)

        note = d.pop("note", UNSET)

        memberships_v2_export_customer_membership_status_changes_response = cls(
            created_on,
            id,
            membership_id,
            new_status,
            old_status,
            created_by_id,
            note,
        )

        memberships_v2_export_customer_membership_status_changes_response.additional_properties = dict(
            d
        )
        return memberships_v2_export_customer_membership_status_changes_response

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
