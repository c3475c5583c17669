from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JpmV2SetAppointmentSummaryRequest")


@_attrs_define
class JpmV2SetAppointmentSummaryRequest:
    """
    Attributes:
        notes (str):
        technician_id (int):
    """

    notes: str
    technician_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "notes",
        "technicianId",
    )

    def to_dict(self) -> dict[str, Any]:
        notes = self.notes

        technician_id = self.technician_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            notes,
            technician_id,
        )

        jpm_v2_set_appointment_summary_request.additional_properties = dict(d)
        return jpm_v2_set_appointment_summary_request

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
