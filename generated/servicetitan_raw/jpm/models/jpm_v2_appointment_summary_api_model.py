from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JpmV2AppointmentSummaryApiModel")


@_attrs_define
class JpmV2AppointmentSummaryApiModel:
    """
    Attributes:
        created_on (datetime.datetime):
        job_appointment_id (int):
        job_id (int):
        modified_on (datetime.datetime):
        notes (str):
        technician_id (int):
    """

    created_on: datetime.datetime
    job_appointment_id: int
    job_id: int
    modified_on: datetime.datetime
    notes: str
    technician_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "jobAppointmentId",
        "jobId",
        "modifiedOn",
        "notes",
        "technicianId",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        job_appointment_id = self.job_appointment_id

        job_id = self.job_id

        modified_on = self.modified_on.isoformat()

        notes = self.notes

        technician_id = self.technician_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "jobAppointmentId": job_appointment_id,
                "jobId": job_id,
                "modifiedOn": modified_on,
                "notes": notes,
                "technicianId": technician_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        job_appointment_id = d.pop("jobAppointmentId")

        job_id = d.pop("jobId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        notes = d.pop("notes")

        technician_id = d.pop("technicianId")

        jpm_v2_appointment_summary_api_model = cls(
            created_on,
            job_appointment_id,
            job_id,
            modified_on,
            notes,
            technician_id,
        )

        jpm_v2_appointment_summary_api_model.additional_properties = dict(d)
        return jpm_v2_appointment_summary_api_model

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
