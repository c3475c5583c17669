from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountingV2MarkApBillAsExportedUpdateRequest")


@_attrs_define
class AccountingV2MarkApBillAsExportedUpdateRequest:
    """
    Attributes:
        bill_ids (list[int]):
    """

    bill_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("billIds",)

    def to_dict(self) -> dict[str, Any]:
        bill_ids = self.bill_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billIds": bill_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bill_ids = d.pop("billIds")

        accounting_v2_mark_ap_bill_as_exported_update_request = cls(
            bill_ids,
        )

        accounting_v2_mark_ap_bill_as_exported_update_request.additional_properties = (
            dict(d)
        )
        return accounting_v2_mark_ap_bill_as_exported_update_request

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
