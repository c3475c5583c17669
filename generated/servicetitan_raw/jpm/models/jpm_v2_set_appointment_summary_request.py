from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JpmV2SetAppointmentSummaryRequest")


@_attrs_define
class JpmV2SetAppointmentSummaryRequest:
    """Request model for setting a single appointment summary


    Attributes:
        notes (str): Work performed notes
        technician_id (int): ID of the technician
    """

    notes: str
    technician_id: int

    def to_dict(self) -> dict[str, Any]:
        notes = self.notes

        technician_id = self.technician_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "notes": notes,
                "technicianId": technician_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notes = d.pop("notes")

        technician_id = d.pop("technicianId")

        jpm_v2_set_appointment_summary_request = cls(
            notes=notes,
            technician_id=technician_id,
        )

        return jpm_v2_set_appointment_summary_request
