from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JpmV2AppointmentHoldReason")


@_attrs_define
class JpmV2AppointmentHoldReason:
    """
    Attributes:
        appointment_id (int): Appointment ID
        name (str): Name of the hold reason
        reason_id (int): ID of the hold reason
        text (str): Additional details about why the appointment was placed on hold
    """

    appointment_id: int
    name: str
    reason_id: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        appointment_id = self.appointment_id

        name = self.name

        reason_id = self.reason_id

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "appointmentId": appointment_id,
                "name": name,
                "reasonId": reason_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appointment_id = d.pop("appointmentId")

        name = d.pop("name")

        reason_id = d.pop("reasonId")

        text = d.pop("text")

        jpm_v2_appointment_hold_reason = cls(
            appointment_id=appointment_id,
            name=name,
            reason_id=reason_id,
            text=text,
        )

        return jpm_v2_appointment_hold_reason
