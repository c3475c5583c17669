from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchV2AssignTechniciansRequest")


@_attrs_define
class DispatchV2AssignTechniciansRequest:
    """
    Attributes:
        job_appointment_id (int):
        technician_ids (list[int]):
    """

    job_appointment_id: int
    technician_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "jobAppointmentId",
        "technicianIds",
    )

    def to_dict(self) -> dict[str, Any]:
        job_appointment_id = self.job_appointment_id

        technician_ids = self.technician_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        technician_ids = d.pop("technicianIds")

        dispatch_v2_assign_technicians_request = cls(
            job_appointment_id,
            technician_ids,
        )

        dispatch_v2_assign_technicians_request.additional_properties = dict(d)
        return dispatch_v2_assign_technicians_request

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
