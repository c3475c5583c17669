from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JpmV2JobBookedLogResponse")


@_attrs_define
class JpmV2JobBookedLogResponse:
    """
    Attributes:
        active (bool):
        created_by_id (int):
        created_on (datetime.datetime):
        id (int):
        job_appointment_id (int):
        job_id (int):
        start (datetime.datetime):
        arrival_window_end (datetime.datetime | None | Unset):
        arrival_window_start (datetime.datetime | None | Unset):
    """

    active: bool
    created_by_id: int
    created_on: datetime.datetime
    id: int
    job_appointment_id: int
    job_id: int
    start: datetime.datetime
    arrival_window_end: datetime.datetime | None | Unset = UNSET
    arrival_window_start: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdById",
        "createdOn",
        "id",
        "jobAppointmentId",
        "jobId",
        "start",
        "arrivalWindowEnd",
        "arrivalWindowStart",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        id = self.id

        job_appointment_id = self.job_appointment_id

        job_id = self.job_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdById": created_by_id,
                "createdOn": created_on,
                "id": id,
                "jobAppointmentId": job_appointment_id,
                "jobId": job_id,
                "start": start,
            }
        )
        if arrival_window_end is not UNSET:
            field_dict["arrivalWindowEnd"] = arrival_window_end
        if arrival_window_start is not UNSET:
            field_dict["arrivalWindowStart"] = arrival_window_start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        job_appointment_id = d.pop("jobAppointmentId")

        job_id = d.pop("jobId")

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

        jpm_v2_job_booked_log_response = cls(
            active,
            created_by_id,
            created_on,
            id,
            job_appointment_id,
            job_id,
            start,
            arrival_window_end,
            arrival_window_start,
        )

        jpm_v2_job_booked_log_response.additional_properties = dict(d)
        return jpm_v2_job_booked_log_response

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
