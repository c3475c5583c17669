from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JpmV2AppointmentInformation")


@_attrs_define
class JpmV2AppointmentInformation:
    """
    Attributes:
        end (datetime.datetime):
        start (datetime.datetime):
        arrival_window_end (datetime.datetime | None | Unset):
        arrival_window_start (datetime.datetime | None | Unset):
        technician_ids (list[int] | None | Unset):
    """

    end: datetime.datetime
    start: datetime.datetime
    arrival_window_end: datetime.datetime | None | Unset = UNSET
    arrival_window_start: datetime.datetime | None | Unset = UNSET
    technician_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "end",
        "start",
        "arrivalWindowEnd",
        "arrivalWindowStart",
        "technicianIds",
    )

    def to_dict(self) -> dict[str, Any]:
        end = self.end.isoformat()

        start = self.start.isoformat()

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

        technician_ids: list[int] | None | Unset
        if isinstance(self.technician_ids, Unset):
            technician_ids = UNSET
        elif isinstance(self.technician_ids, list):
            technician_ids = self.technician_ids

        else:
            technician_ids = self.technician_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
            }
        )
        if arrival_window_end is not UNSET:
            field_dict["arrivalWindowEnd"] = arrival_window_end
        if arrival_window_start is not UNSET:
            field_dict["arrivalWindowStart"] = arrival_window_start
        if technician_ids is not UNSET:
            field_dict["technicianIds"] = technician_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end = datetime.datetime.fromisoformat(d.pop("end"))

        start = datetime.datetime.fromisoformat(d.pop("start"))

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

        technician_ids = d.pop("technicianIds", UNSET)
        if technician_ids is not None and not isinstance(technician_ids, Unset):
            if not isinstance(technician_ids, list):
                raise TypeError()
            technician_ids_type_0 = technician_ids

            technician_ids = technician_ids_type_0

        jpm_v2_appointment_information = cls(
            end,
            start,
            arrival_window_end,
            arrival_window_start,
            technician_ids,
        )

        jpm_v2_appointment_information.additional_properties = dict(d)
        return jpm_v2_appointment_information

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
