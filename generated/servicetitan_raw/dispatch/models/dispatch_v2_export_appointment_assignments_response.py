from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispatch_v2_job_appointment_assignment_status import (
    DispatchV2JobAppointmentAssignmentStatus,
)

T = TypeVar("T", bound="DispatchV2ExportAppointmentAssignmentsResponse")


@_attrs_define
class DispatchV2ExportAppointmentAssignmentsResponse:
    """
    Attributes:
        active (bool):
        appointment_id (int):
        assigned_by_id (int):
        assigned_on (datetime.datetime):
        created_on (datetime.datetime):
        id (int):
        is_paused (bool):
        job_id (int):
        modified_on (datetime.datetime):
        status (DispatchV2JobAppointmentAssignmentStatus):
        technician_id (int):
        technician_name (str):
    """

    active: bool
    appointment_id: int
    assigned_by_id: int
    assigned_on: datetime.datetime
    created_on: datetime.datetime
    id: int
    is_paused: bool
    job_id: int
    modified_on: datetime.datetime
    status: DispatchV2JobAppointmentAssignmentStatus
    technician_id: int
    technician_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "appointmentId",
        "assignedById",
        "assignedOn",
        "createdOn",
        "id",
        "isPaused",
        "jobId",
        "modifiedOn",
        "status",
        "technicianId",
        "technicianName",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        appointment_id = self.appointment_id

        assigned_by_id = self.assigned_by_id

        assigned_on = self.assigned_on.isoformat()

        created_on = self.created_on.isoformat()

        id = self.id

        is_paused = self.is_paused

        job_id = self.job_id

        modified_on = self.modified_on.isoformat()

        status = self.status.value

        technician_id = self.technician_id

        technician_name = self.technician_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "appointmentId": appointment_id,
                "assignedById": assigned_by_id,
                "assignedOn": assigned_on,
                "createdOn": created_on,
                "id": id,
                "isPaused": is_paused,
                "jobId": job_id,
                "modifiedOn": modified_on,
                "status": status,
                "technicianId": technician_id,
                "technicianName": technician_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        appointment_id = d.pop("appointmentId")

        assigned_by_id = d.pop("assignedById")

        assigned_on = datetime.datetime.fromisoformat(d.pop("assignedOn"))

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        is_paused = d.pop("isPaused")

        job_id = d.pop("jobId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        status = DispatchV2JobAppointmentAssignmentStatus(d.pop("status"))

        technician_id = d.pop("technicianId")

        technician_name = d.pop("technicianName")

        dispatch_v2_export_appointment_assignments_response = cls(
            active,
            appointment_id,
            assigned_by_id,
            assigned_on,
            created_on,
            id,
            is_paused,
            job_id,
            modified_on,
            status,
            technician_id,
            technician_name,
        )

        dispatch_v2_export_appointment_assignments_response.additional_properties = (
            dict(d)
        )
        return dispatch_v2_export_appointment_assignments_response

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
