from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingAdsContractsPerformanceLeadStats")


@_attrs_define
class MarketingAdsContractsPerformanceLeadStats:
    """
    Attributes:
        booked_jobs (int):
        lead_calls (int):
        leads (int):
        manual_booking (int):
        online_booking (int):
        potential_revenue (float):
        ran_jobs (int):
        revenue (float):
        sold_jobs (int):
        avg_ticket (float | None | Unset):
        booking_rate (float | None | Unset):
    """

    booked_jobs: int
    lead_calls: int
    leads: int
    manual_booking: int
    online_booking: int
    potential_revenue: float
    ran_jobs: int
    revenue: float
    sold_jobs: int
    avg_ticket: float | None | Unset = UNSET
    booking_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "bookedJobs",
        "leadCalls",
        "leads",
        "manualBooking",
        "onlineBooking",
        "potentialRevenue",
        "ranJobs",
        "revenue",
        "soldJobs",
        "avgTicket",
        "bookingRate",
    )

    def to_dict(self) -> dict[str, Any]:
        booked_jobs = self.booked_jobs

        lead_calls = self.lead_calls

        leads = self.leads

        manual_booking = self.manual_booking

        online_booking = self.online_booking

        potential_revenue = self.potential_revenue

        ran_jobs = self.ran_jobs

        revenue = self.revenue

        sold_jobs = self.sold_jobs

        avg_ticket: float | None | Unset
        if isinstance(self.avg_ticket, Unset):
            avg_ticket = UNSET
        else:
            avg_ticket = self.avg_ticket

        booking_rate: float | None | Unset
        if isinstance(self.booking_rate, Unset):
            booking_rate = UNSET
        else:
            booking_rate = self.booking_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookedJobs": booked_jobs,
                "leadCalls": lead_calls,
                "leads": leads,
                "manualBooking": manual_booking,
                "onlineBooking": online_booking,
                "potentialRevenue": potential_revenue,
                "ranJobs": ran_jobs,
                "revenue": revenue,
                "soldJobs": sold_jobs,
            }
        )
        if avg_ticket is not UNSET:
            field_dict["avgTicket"] = avg_ticket
        if booking_rate is not UNSET:
            field_dict["bookingRate"] = booking_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        booked_jobs = d.pop("bookedJobs")

        lead_calls = d.pop("leadCalls")

        leads = d.pop("leads")

        manual_booking = d.pop("manualBooking")

        online_booking = d.pop("onlineBooking")

        potential_revenue = d.pop("potentialRevenue")

        ran_jobs = d.pop("ranJobs")

        revenue = d.pop("revenue")

        sold_jobs = d.pop("soldJobs")

        avg_ticket = d.pop("avgTicket", UNSET)

        booking_rate = d.pop("bookingRate", UNSET)

        marketing_ads_contracts_performance_lead_stats = cls(
            booked_jobs,
            lead_calls,
            leads,
            manual_booking,
            online_booking,
            potential_revenue,
            ran_jobs,
            revenue,
            sold_jobs,
            avg_ticket,
            booking_rate,
        )

        marketing_ads_contracts_performance_lead_stats.additional_properties = dict(d)
        return marketing_ads_contracts_performance_lead_stats

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
