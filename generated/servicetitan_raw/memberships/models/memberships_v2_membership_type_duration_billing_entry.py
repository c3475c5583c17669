from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_membership_recurrence_type import (
    MembershipsV2MembershipRecurrenceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2MembershipTypeDurationBillingEntry")


@_attrs_define
class MembershipsV2MembershipTypeDurationBillingEntry:
    """
    Attributes:
        billing_frequency (MembershipsV2MembershipRecurrenceType):
        billing_price (float):
        renewal_price (float):
        sale_price (float):
        duration (int | None | Unset):
    """

    billing_frequency: MembershipsV2MembershipRecurrenceType
    billing_price: float
    renewal_price: float
    sale_price: float
    duration: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "billingFrequency",
        "billingPrice",
        "renewalPrice",
        "salePrice",
        "duration",
    )

    def to_dict(self) -> dict[str, Any]:
        billing_frequency = self.billing_frequency.value

        billing_price = self.billing_price

        renewal_price = self.renewal_price

        sale_price = self.sale_price

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billingFrequency": billing_frequency,
                "billingPrice": billing_price,
                "renewalPrice": renewal_price,
                "salePrice": sale_price,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        billing_frequency = MembershipsV2MembershipRecurrenceType(
            d.pop("billingFrequency")
        )

        billing_price = d.pop("billingPrice")

        renewal_price = d.pop("renewalPrice")

        sale_price = d.pop("salePrice")

        duration = d.pop("duration", UNSET)

        memberships_v2_membership_type_duration_billing_entry = cls(
            billing_frequency,
            billing_price,
            renewal_price,
            sale_price,
            duration,
        )

        memberships_v2_membership_type_duration_billing_entry.additional_properties = (
            dict(d)
        )
        return memberships_v2_membership_type_duration_billing_entry

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
