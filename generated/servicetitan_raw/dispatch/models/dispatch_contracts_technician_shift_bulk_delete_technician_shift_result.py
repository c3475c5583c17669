from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "deletedIds",
        "message",
    )

    def to_dict(self) -> dict[str, Any]:
        deleted_ids = self.deleted_ids

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        deleted_ids = d.pop("deletedIds")

        message = d.pop("message")

        dispatch_contracts_technician_shift_bulk_delete_technician_shift_result = cls(
            deleted_ids,
            message,
        )

        dispatch_contracts_technician_shift_bulk_delete_technician_shift_result.additional_properties = dict(
            d
        )
        return dispatch_contracts_technician_shift_bulk_delete_technician_shift_result

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
