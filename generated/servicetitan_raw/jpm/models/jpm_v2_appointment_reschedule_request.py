from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JpmV2AppointmentRescheduleRequest")


@_attrs_define
class JpmV2AppointmentRescheduleRequest:
    """
    Attributes:
        arrival_window_end (datetime.datetime | None | Unset):
        arrival_window_start (datetime.datetime | None | Unset):
        end (datetime.datetime | Unset):
        start (datetime.datetime | Unset):
    """

    arrival_window_end: datetime.datetime | None | Unset = UNSET
    arrival_window_start: datetime.datetime | None | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "arrivalWindowEnd",
        "arrivalWindowStart",
        "end",
        "start",
    )

    def to_dict(self) -> dict[str, Any]:
        arrival_window_end: None | str | Unset
        if isinstance(self.arrival_window_end, Unset):
            arrival_window_end = UNSET
        elif isinstance(self.arrival_window_end, datetime.datetime):
            arrival_window_end = self.arrival_window_end.isoformat()
        else:
            arrival_window_end = self.arrival_window_end

        arrival_window_start: None | str | Unset
        if isinstance(self.arrival_window_start, Unset):
            arrival_window_start = UNSET
        elif isinstance(self.arrival_window_start, datetime.datetime):
            arrival_window_start = self.arrival_window_start.isoformat()
        else:
            arrival_window_start = self.arrival_window_start

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arrival_window_end is not UNSET:
            field_dict["arrivalWindowEnd"] = arrival_window_end
        if arrival_window_start is not UNSET:
            field_dict["arrivalWindowStart"] = arrival_window_start
        if end is not UNSET:
            field_dict["end"] = end
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        arrival_window_end = d.pop("arrivalWindowEnd", UNSET)
        if arrival_window_end is not None and not isinstance(arrival_window_end, Unset):
            if not isinstance(arrival_window_end, str):
                raise TypeError()
            arrival_window_end_type_0 = datetime.datetime.fromisoformat(
                arrival_window_end
            )

            arrival_window_end = arrival_window_end_type_0

        arrival_window_start = d.pop("arrivalWindowStart", UNSET)
        if arrival_window_start is not None and not isinstance(
            arrival_window_start, Unset
        ):
            if not isinstance(arrival_window_start, str):
                raise TypeError()
            arrival_window_start_type_0 = datetime.datetime.fromisoformat(
                arrival_window_start
            )

            arrival_window_start = arrival_window_start_type_0

        end = d.pop("end", UNSET)
        if not isinstance(end, Unset):
            end = datetime.datetime.fromisoformat(end)

        start = d.pop("start", UNSET)
        if not isinstance(start, Unset):
            start = datetime.datetime.fromisoformat(start)

        jpm_v2_appointment_reschedule_request = cls(
            arrival_window_end,
            arrival_window_start,
            end,
            start,
        )

        jpm_v2_appointment_reschedule_request.additional_properties = dict(d)
        return jpm_v2_appointment_reschedule_request

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
