from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DispatchV2UnassignTechniciansRequest")


@_attrs_define
class DispatchV2UnassignTechniciansRequest:
    """
    Attributes:
        job_appointment_id (int): Id of the appointment to unassign from.
        technician_ids (list[int]): Unassign these technicians from the appointment.
    """

    job_appointment_id: int
    technician_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        job_appointment_id = self.job_appointment_id

        technician_ids = self.technician_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobAppointmentId": job_appointment_id,
                "technicianIds": technician_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_appointment_id = d.pop("jobAppointmentId")

        technician_ids = cast(list[int], d.pop("technicianIds"))

        dispatch_v2_unassign_technicians_request = cls(
            job_appointment_id=job_appointment_id,
            technician_ids=technician_ids,
        )

        return dispatch_v2_unassign_technicians_request
