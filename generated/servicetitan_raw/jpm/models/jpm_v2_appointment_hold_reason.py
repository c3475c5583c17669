from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JpmV2AppointmentHoldReason")


@_attrs_define
class JpmV2AppointmentHoldReason:
    """
    Attributes:
        appointment_id (int):
        name (str):
        reason_id (int):
        text (str):
    """

    appointment_id: int
    name: str
    reason_id: int
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "appointmentId",
        "name",
        "reasonId",
        "text",
    )

    def to_dict(self) -> dict[str, Any]:
        appointment_id = self.appointment_id

        name = self.name

        reason_id = self.reason_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            appointment_id,
            name,
            reason_id,
            text,
        )

        jpm_v2_appointment_hold_reason.additional_properties = dict(d)
        return jpm_v2_appointment_hold_reason

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
