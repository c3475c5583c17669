from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_offset_type import MembershipsV2OffsetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2MembershipTypeRecurringServiceItemResponse")


@_attrs_define
class MembershipsV2MembershipTypeRecurringServiceItemResponse:
    """
    Attributes:
        allocation (float):
        created_on (datetime.datetime):
        id (int):
        membership_type_id (int):
        offset (int):
        offset_type (MembershipsV2OffsetType):
        recurring_service_type_id (int):
        created_by_id (int | None | Unset):
        import_id (None | str | Unset):
    """

    allocation: float
    created_on: datetime.datetime
    id: int
    membership_type_id: int
    offset: int
    offset_type: MembershipsV2OffsetType
    recurring_service_type_id: int
    created_by_id: int | None | Unset = UNSET
    import_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "allocation",
        "createdOn",
        "id",
        "membershipTypeId",
        "offset",
        "offsetType",
        "recurringServiceTypeId",
        "createdById",
        "importId",
    )

    def to_dict(self) -> dict[str, Any]:
        allocation = self.allocation

        created_on = self.created_on.isoformat()

        id = self.id

        membership_type_id = self.membership_type_id

        offset = self.offset

        offset_type = self.offset_type.value

        recurring_service_type_id = self.recurring_service_type_id

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocation": allocation,
                "createdOn": created_on,
                "id": id,
                "membershipTypeId": membership_type_id,
                "offset": offset,
                "offsetType": offset_type,
                "recurringServiceTypeId": recurring_service_type_id,
            }
        )
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if import_id is not UNSET:
            field_dict["importId"] = import_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        allocation = d.pop("allocation")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        membership_type_id = d.pop("membershipTypeId")

        offset = d.pop("offset")

        offset_type = MembershipsV2OffsetType(d.pop("offsetType"))

        recurring_service_type_id = d.pop("recurringServiceTypeId")

        created_by_id = d.pop("createdById", UNSET)

        import_id = d.pop("importId", UNSET)

        memberships_v2_membership_type_recurring_service_item_response = cls(
            allocation,
            created_on,
            id,
            membership_type_id,
            offset,
            offset_type,
            recurring_service_type_id,
            created_by_id,
            import_id,
        )

        memberships_v2_membership_type_recurring_service_item_response.additional_properties = dict(
            d
        )
        return memberships_v2_membership_type_recurring_service_item_response

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
