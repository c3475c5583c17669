from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        technician_shifts = []
        for technician_shifts_item_data in self.technician_shifts:
            technician_shifts_item = technician_shifts_item_data.to_dict()
            technician_shifts.append(technician_shifts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "technicianShifts": technician_shifts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dispatch_v2_technician_shift_response import (
            DispatchV2TechnicianShiftResponse,
        )

        d = dict(src_dict)
        technician_shifts = []
        _technician_shifts = d.pop("technicianShifts")
        for technician_shifts_item_data in _technician_shifts:
            technician_shifts_item = DispatchV2TechnicianShiftResponse.from_dict(
                technician_shifts_item_data
            )

            technician_shifts.append(technician_shifts_item)

        dispatch_v2_technician_shift_update_response = cls(
            technician_shifts=technician_shifts,
        )

        return dispatch_v2_technician_shift_update_response
