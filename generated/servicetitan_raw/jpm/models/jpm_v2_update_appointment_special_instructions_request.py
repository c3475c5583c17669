from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JpmV2UpdateAppointmentSpecialInstructionsRequest")


@_attrs_define
class JpmV2UpdateAppointmentSpecialInstructionsRequest:
    """
    Attributes:
        special_instructions (str):
    """

    special_instructions: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("specialInstructions",)

    def to_dict(self) -> dict[str, Any]:
        special_instructions = self.special_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            special_instructions,
        )

        jpm_v2_update_appointment_special_instructions_request.additional_properties = (
            dict(d)
        )
        return jpm_v2_update_appointment_special_instructions_request

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
