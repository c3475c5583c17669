from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SchedulingProV2MilestoneFrequencyCount")


@_attrs_define
class SchedulingProV2MilestoneFrequencyCount:
    """
    Attributes:
        abandoned (int):
        booked (int):
        customer (int):
        details (int):
        interacted (int):
        issue (int):
        opened (int):
        schedule (int):
        zipcode (int):
    """

    abandoned: int
    booked: int
    customer: int
    details: int
    interacted: int
    issue: int
    opened: int
    schedule: int
    zipcode: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "abandoned",
        "booked",
        "customer",
        "details",
        "interacted",
        "issue",
        "opened",
        "schedule",
        "zipcode",
    )

    def to_dict(self) -> dict[str, Any]:
        abandoned = self.abandoned

        booked = self.booked

        customer = self.customer

        details = self.details

        interacted = self.interacted

        issue = self.issue

        opened = self.opened

        schedule = self.schedule

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "abandoned": abandoned,
                "booked": booked,
                "customer": customer,
                "details": details,
                "interacted": interacted,
                "issue": issue,
                "opened": opened,
                "schedule": schedule,
                "zipcode": zipcode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        abandoned = d.pop("abandoned")

        booked = d.pop("booked")

        customer = d.pop("customer")

        details = d.pop("details")

        interacted = d.pop("interacted")

        issue = d.pop("issue")

        opened = d.pop("opened")

        schedule = d.pop("schedule")

        zipcode = d.pop("zipcode")

        scheduling_pro_v2_milestone_frequency_count = cls(
            abandoned,
            booked,
            customer,
            details,
            interacted,
            issue,
            opened,
            schedule,
            zipcode,
        )

        scheduling_pro_v2_milestone_frequency_count.additional_properties = dict(d)
        return scheduling_pro_v2_milestone_frequency_count

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
