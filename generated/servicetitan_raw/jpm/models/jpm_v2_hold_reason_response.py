from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.jpm_v2_appointment_hold_reason import JpmV2AppointmentHoldReason


T = TypeVar("T", bound="JpmV2HoldReasonResponse")


@_attrs_define
class JpmV2HoldReasonResponse:
    """
    Attributes:
        appointment_hold_reasons (list[JpmV2AppointmentHoldReason]):
        job_id (int):
        name (str):
        reason_id (int):
        text (str):
    """

    appointment_hold_reasons: list[JpmV2AppointmentHoldReason]
    job_id: int
    name: str
    reason_id: int
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "appointmentHoldReasons",
        "jobId",
        "name",
        "reasonId",
        "text",
    )

    def to_dict(self) -> dict[str, Any]:
        appointment_hold_reasons = []
        for appointment_hold_reasons_item_data in self.appointment_hold_reasons:
            appointment_hold_reasons_item = appointment_hold_reasons_item_data.to_dict()
            appointment_hold_reasons.append(appointment_hold_reasons_item)

        job_id = self.job_id

        name = self.name

        reason_id = self.reason_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointmentHoldReasons": appointment_hold_reasons,
                "jobId": job_id,
                "name": name,
                "reasonId": reason_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appointment_hold_reasons = [
            _models.JpmV2AppointmentHoldReason.from_dict(
                appointment_hold_reasons_item_data
            )
            for appointment_hold_reasons_item_data in d.pop("appointmentHoldReasons")
        ]

        job_id = d.pop("jobId")

        name = d.pop("name")

        reason_id = d.pop("reasonId")

        text = d.pop("text")

        jpm_v2_hold_reason_response = cls(
            appointment_hold_reasons,
            job_id,
            name,
            reason_id,
            text,
        )

        jpm_v2_hold_reason_response.additional_properties = dict(d)
        return jpm_v2_hold_reason_response

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
