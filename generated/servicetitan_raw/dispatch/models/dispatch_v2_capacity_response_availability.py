from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.dispatch_v2_capacity_response_technician import (
        DispatchV2CapacityResponseTechnician,
    )


T = TypeVar("T", bound="DispatchV2CapacityResponseAvailability")


@_attrs_define
class DispatchV2CapacityResponseAvailability:
    """
    Attributes:
        business_unit_ids (list[int]):
        end (datetime.datetime):
        end_utc (datetime.datetime):
        is_available (bool):
        is_exceeding_ideal_booking_percentage (bool):
        open_availability (float):
        start (datetime.datetime):
        start_utc (datetime.datetime):
        technicians (list[DispatchV2CapacityResponseTechnician]):
        total_availability (float):
    """

    business_unit_ids: list[int]
    end: datetime.datetime
    end_utc: datetime.datetime
    is_available: bool
    is_exceeding_ideal_booking_percentage: bool
    open_availability: float
    start: datetime.datetime
    start_utc: datetime.datetime
    technicians: list[DispatchV2CapacityResponseTechnician]
    total_availability: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnitIds",
        "end",
        "endUtc",
        "isAvailable",
        "isExceedingIdealBookingPercentage",
        "openAvailability",
        "start",
        "startUtc",
        "technicians",
        "totalAvailability",
    )

    def to_dict(self) -> dict[str, Any]:
        business_unit_ids = self.business_unit_ids

        end = self.end.isoformat()

        end_utc = self.end_utc.isoformat()

        is_available = self.is_available

        is_exceeding_ideal_booking_percentage = (
            self.is_exceeding_ideal_booking_percentage
        )

        open_availability = self.open_availability

        start = self.start.isoformat()

        start_utc = self.start_utc.isoformat()

        technicians = []
        for technicians_item_data in self.technicians:
            technicians_item = technicians_item_data.to_dict()
            technicians.append(technicians_item)

        total_availability = self.total_availability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessUnitIds": business_unit_ids,
                "end": end,
                "endUtc": end_utc,
                "isAvailable": is_available,
                "isExceedingIdealBookingPercentage": is_exceeding_ideal_booking_percentage,
                "openAvailability": open_availability,
                "start": start,
                "startUtc": start_utc,
                "technicians": technicians,
                "totalAvailability": total_availability,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_unit_ids = d.pop("businessUnitIds")

        end = datetime.datetime.fromisoformat(d.pop("end"))

        end_utc = datetime.datetime.fromisoformat(d.pop("endUtc"))

        is_available = d.pop("isAvailable")

        is_exceeding_ideal_booking_percentage = d.pop(
            "isExceedingIdealBookingPercentage"
        )

        open_availability = d.pop("openAvailability")

        start = datetime.datetime.fromisoformat(d.pop("start"))

        start_utc = datetime.datetime.fromisoformat(d.pop("startUtc"))

        technicians = [
            _models.DispatchV2CapacityResponseTechnician.from_dict(
                technicians_item_data
            )
            for technicians_item_data in d.pop("technicians")
        ]

        total_availability = d.pop("totalAvailability")

        dispatch_v2_capacity_response_availability = cls(
            business_unit_ids,
            end,
            end_utc,
            is_available,
            is_exceeding_ideal_booking_percentage,
            open_availability,
            start,
            start_utc,
            technicians,
            total_availability,
        )

        dispatch_v2_capacity_response_availability.additional_properties = dict(d)
        return dispatch_v2_capacity_response_availability

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
