from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JpmV2UpdateAppointmentSpecialInstructionsRequest")


@_attrs_define
class JpmV2UpdateAppointmentSpecialInstructionsRequest:
    """
    Attributes:
        special_instructions (str): New special instructions associated to the appointment
    """

    special_instructions: str

    def to_dict(self) -> dict[str, Any]:
        special_instructions = self.special_instructions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "specialInstructions": special_instructions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        special_instructions = d.pop("specialInstructions")

        jpm_v2_update_appointment_special_instructions_request = cls(
            special_instructions=special_instructions,
        )

        return jpm_v2_update_appointment_special_instructions_request
