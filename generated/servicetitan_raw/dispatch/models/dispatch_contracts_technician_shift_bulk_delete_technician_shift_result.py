from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar(
    "T", bound="DispatchContractsTechnicianShiftBulkDeleteTechnicianShiftResult"
)


@_attrs_define
class DispatchContractsTechnicianShiftBulkDeleteTechnicianShiftResult:
    """
    Attributes:
        deleted_ids (list[int]):
        message (str):
    """

    deleted_ids: list[int]
    message: str

    def to_dict(self) -> dict[str, Any]:
        deleted_ids = self.deleted_ids

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deletedIds": deleted_ids,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deleted_ids = cast(list[int], d.pop("deletedIds"))

        message = d.pop("message")

        dispatch_contracts_technician_shift_bulk_delete_technician_shift_result = cls(
            deleted_ids=deleted_ids,
            message=message,
        )

        return dispatch_contracts_technician_shift_bulk_delete_technician_shift_result
