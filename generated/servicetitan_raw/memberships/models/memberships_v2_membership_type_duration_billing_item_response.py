from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_membership_recurrence_type import (
    MembershipsV2MembershipRecurrenceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2MembershipTypeDurationBillingItemResponse")


@_attrs_define
class MembershipsV2MembershipTypeDurationBillingItemResponse:
    """
    Attributes:
        active (bool):
        billing_frequency (MembershipsV2MembershipRecurrenceType):
        billing_price (float):
        created_on (datetime.datetime):
        id (int):
        renewal_price (float):
        sale_price (float):
        created_by_id (int | None | Unset):
        duration (int | None | Unset):
        import_id (None | str | Unset):
    """

    active: bool
    billing_frequency: MembershipsV2MembershipRecurrenceType
    billing_price: float
    created_on: datetime.datetime
    id: int
    renewal_price: float
    sale_price: float
    created_by_id: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    import_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "billingFrequency",
        "billingPrice",
        "createdOn",
        "id",
        "renewalPrice",
        "salePrice",
        "createdById",
        "duration",
        "importId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        billing_frequency = self.billing_frequency.value

        billing_price = self.billing_price

        created_on = self.created_on.isoformat()

        id = self.id

        renewal_price = self.renewal_price

        sale_price = self.sale_price

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "billingFrequency": billing_frequency,
                "billingPrice": billing_price,
                "createdOn": created_on,
                "id": id,
                "renewalPrice": renewal_price,
                "salePrice": sale_price,
            }
        )
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if import_id is not UNSET:
            field_dict["importId"] = import_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        billing_frequency = MembershipsV2MembershipRecurrenceType(
            d.pop("billingFrequency")
        )

        billing_price = d.pop("billingPrice")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        renewal_price = d.pop("renewalPrice")

        sale_price = d.pop("salePrice")

        created_by_id = d.pop("createdById", UNSET)

        duration = d.pop("duration", UNSET)

        import_id = d.pop("importId", UNSET)

        memberships_v2_membership_type_duration_billing_item_response = cls(
            active,
            billing_frequency,
            billing_price,
            created_on,
            id,
            renewal_price,
            sale_price,
            created_by_id,
            duration,
            import_id,
        )

        memberships_v2_membership_type_duration_billing_item_response.additional_properties = dict(
            d
        )
        return memberships_v2_membership_type_duration_billing_item_response

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
