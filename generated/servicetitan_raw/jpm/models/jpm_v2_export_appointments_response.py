from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.jpm_v2_base_appointment_status import JpmV2BaseAppointmentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jpm_v2_appointment_summary_api_model import (
        JpmV2AppointmentSummaryApiModel,
    )


T = TypeVar("T", bound="JpmV2ExportAppointmentsResponse")


@_attrs_define
class JpmV2ExportAppointmentsResponse:
    """
    Attributes:
        active (bool):
        created_by_id (int):
        created_on (datetime.datetime):
        customer_id (int):
        end (datetime.datetime):
        id (int):
        is_confirmed (bool):
        job_id (int):
        modified_on (datetime.datetime):
        start (datetime.datetime):
        status (JpmV2BaseAppointmentStatus):
        unused (bool):
        appointment_number (None | str | Unset):
        appointment_summaries (list[JpmV2AppointmentSummaryApiModel] | None | Unset):
        arrival_window_end (datetime.datetime | None | Unset):
        arrival_window_start (datetime.datetime | None | Unset):
        special_instructions (None | str | Unset):
    """

    active: bool
    created_by_id: int
    created_on: datetime.datetime
    customer_id: int
    end: datetime.datetime
    id: int
    is_confirmed: bool
    job_id: int
    modified_on: datetime.datetime
    start: datetime.datetime
    status: JpmV2BaseAppointmentStatus
    unused: bool
    appointment_number: None | str | Unset = UNSET
    appointment_summaries: list[JpmV2AppointmentSummaryApiModel] | None | Unset = UNSET
    arrival_window_end: datetime.datetime | None | Unset = UNSET
    arrival_window_start: datetime.datetime | None | Unset = UNSET
    special_instructions: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdById",
        "createdOn",
        "customerId",
        "end",
        "id",
        "isConfirmed",
        "jobId",
        "modifiedOn",
        "start",
        "status",
        "unused",
        "appointmentNumber",
        "appointmentSummaries",
        "arrivalWindowEnd",
        "arrivalWindowStart",
        "specialInstructions",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        customer_id = self.customer_id

        end = self.end.isoformat()

        id = self.id

        is_confirmed = self.is_confirmed

        job_id = self.job_id

        modified_on = self.modified_on.isoformat()

        start = self.start.isoformat()

        status = self.status.value

        unused = self.unused

        appointment_number: None | str | Unset
        if isinstance(self.appointment_number, Unset):
            appointment_number = UNSET
        else:
            appointment_number = self.appointment_number

        appointment_summaries: list[dict[str, Any]] | None | Unset
        if isinstance(self.appointment_summaries, Unset):
            appointment_summaries = UNSET
        elif isinstance(self.appointment_summaries, list):
            appointment_summaries = []
            for appointment_summaries_type_0_item_data in self.appointment_summaries:
                appointment_summaries_type_0_item = (
                    appointment_summaries_type_0_item_data.to_dict()
                )
                appointment_summaries.append(appointment_summaries_type_0_item)

        else:
            appointment_summaries = self.appointment_summaries

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
                "active": active,
                "createdById": created_by_id,
                "createdOn": created_on,
                "customerId": customer_id,
                "end": end,
                "id": id,
                "isConfirmed": is_confirmed,
                "jobId": job_id,
                "modifiedOn": modified_on,
                "start": start,
                "status": status,
                "unused": unused,
            }
        )
        if appointment_number is not UNSET:
            field_dict["appointmentNumber"] = appointment_number
        if appointment_summaries is not UNSET:
            field_dict["appointmentSummaries"] = appointment_summaries
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
        active = d.pop("active")

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        customer_id = d.pop("customerId")

        end = datetime.datetime.fromisoformat(d.pop("end"))

        id = d.pop("id")

        is_confirmed = d.pop("isConfirmed")

        job_id = d.pop("jobId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        start = datetime.datetime.fromisoformat(d.pop("start"))

        status = JpmV2BaseAppointmentStatus(d.pop("status"))

        unused = d.pop("unused")

        appointment_number = d.pop("appointmentNumber", UNSET)

        appointment_summaries = d.pop("appointmentSummaries", UNSET)
        if appointment_summaries is not None and not isinstance(
            appointment_summaries, Unset
        ):
            if not isinstance(appointment_summaries, list):
                raise TypeError()
            appointment_summaries_type_0 = [
                _models.JpmV2AppointmentSummaryApiModel.from_dict(
                    appointment_summaries_type_0_item_data
                )
                for appointment_summaries_type_0_item_data in appointment_summaries
            ]

            appointment_summaries = appointment_summaries_type_0

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

        jpm_v2_export_appointments_response = cls(
            active,
            created_by_id,
            created_on,
            customer_id,
            end,
            id,
            is_confirmed,
            job_id,
            modified_on,
            start,
            status,
            unused,
            appointment_number,
            appointment_summaries,
            arrival_window_end,
            arrival_window_start,
            special_instructions,
        )

        jpm_v2_export_appointments_response.additional_properties = dict(d)
        return jpm_v2_export_appointments_response

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
