from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.dispatch_v2_technician_shift_response import (
        DispatchV2TechnicianShiftResponse,
    )


T = TypeVar("T", bound="DispatchV2TechnicianShiftUpdateResponse")


@_attrs_define
class DispatchV2TechnicianShiftUpdateResponse:
    """
    Attributes:
        technician_shifts (list[DispatchV2TechnicianShiftResponse]):
    """

    technician_shifts: list[DispatchV2TechnicianShiftResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("technicianShifts",)

    def to_dict(self) -> dict[str, Any]:
        technician_shifts = []
        for technician_shifts_item_data in self.technician_shifts:
            technician_shifts_item = technician_shifts_item_data.to_dict()
            technician_shifts.append(technician_shifts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "technicianShifts": technician_shifts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        technician_shifts = [
            _models.DispatchV2TechnicianShiftResponse.from_dict(
                technician_shifts_item_data
            )
            for technician_shifts_item_data in d.pop("technicianShifts")
        ]

        dispatch_v2_technician_shift_update_response = cls(
            technician_shifts,
        )

        dispatch_v2_technician_shift_update_response.additional_properties = dict(d)
        return dispatch_v2_technician_shift_update_response

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
