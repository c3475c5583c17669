from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DispatchContractsTechnicianShiftDeleteTechnicianShiftResult")


@_attrs_define
class DispatchContractsTechnicianShiftDeleteTechnicianShiftResult:
    """
    Attributes:
        id (int):
        message (str):
    """

    id: int
    message: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        message = d.pop("message")

        dispatch_contracts_technician_shift_delete_technician_shift_result = cls(
            id=id,
            message=message,
        )

        return dispatch_contracts_technician_shift_delete_technician_shift_result
