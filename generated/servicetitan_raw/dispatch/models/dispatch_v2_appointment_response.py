from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispatch_v2_appointment_status import DispatchV2AppointmentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2AppointmentResponse")


@_attrs_define
class DispatchV2AppointmentResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        end (datetime.datetime):
        id (int):
        job_id (int):
        modified_on (datetime.datetime):
        start (datetime.datetime):
        status (DispatchV2AppointmentStatus):
        appointment_number (None | str | Unset):
        arrival_window_end (datetime.datetime | None | Unset):
        arrival_window_start (datetime.datetime | None | Unset):
        special_instructions (None | str | Unset):
    """

    created_on: datetime.datetime
    end: datetime.datetime
    id: int
    job_id: int
    modified_on: datetime.datetime
    start: datetime.datetime
    status: DispatchV2AppointmentStatus
    appointment_number: None | str | Unset = UNSET
    arrival_window_end: datetime.datetime | None | Unset = UNSET
    arrival_window_start: datetime.datetime | None | Unset = UNSET
    special_instructions: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "end",
        "id",
        "jobId",
        "modifiedOn",
        "start",
        "status",
        "appointmentNumber",
        "arrivalWindowEnd",
        "arrivalWindowStart",
        "specialInstructions",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        end = self.end.isoformat()

        id = self.id

        job_id = self.job_id

        modified_on = self.modified_on.isoformat()

        start = self.start.isoformat()

        status = self.status.value

        appointment_number: None | str | Unset
        if isinstance(self.appointment_number, Unset):
            appointment_number = UNSET
        else:
            appointment_number = self.appointment_number

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

        special_instructions: None | str | Unset
        if isinstance(self.special_instructions, Unset):
            special_instructions = UNSET
        else:
            special_instructions = self.special_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "end": end,
                "id": id,
                "jobId": job_id,
                "modifiedOn": modified_on,
                "start": start,
                "status": status,
            }
        )
        if appointment_number is not UNSET:
            field_dict["appointmentNumber"] = appointment_number
        if arrival_window_end is not UNSET:
            field_dict["arrivalWindowEnd"] = arrival_window_end
        if arrival_window_start is not UNSET:
            field_dict["arrivalWindowStart"] = arrival_window_start
        if special_instructions is not UNSET:
            field_dict["specialInstructions"] = special_instructions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        end = datetime.datetime.fromisoformat(d.pop("end"))

        id = d.pop("id")

        job_id = d.pop("jobId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        start = datetime.datetime.fromisoformat(d.pop("start"))

        status = DispatchV2AppointmentStatus(d.pop("status"))

        appointment_number = d.pop("appointmentNumber", UNSET)

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

        special_instructions = d.pop("specialInstructions", UNSET)

        dispatch_v2_appointment_response = cls(
            created_on,
            end,
            id,
            job_id,
            modified_on,
            start,
            status,
            appointment_number,
            arrival_window_end,
            arrival_window_start,
            special_instructions,
        )

        dispatch_v2_appointment_response.additional_properties = dict(d)
        return dispatch_v2_appointment_response

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
