from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AccountingV2MarkApBillAsExportedUpdateRequest")


@_attrs_define
class AccountingV2MarkApBillAsExportedUpdateRequest:
    """Request model for marking one or more AP bills as exported

    Attributes:
        bill_ids (list[int]): List of AP bill IDs to mark as exported
    """

    bill_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        bill_ids = self.bill_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "billIds": bill_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bill_ids = cast(list[int], d.pop("billIds"))

        accounting_v2_mark_ap_bill_as_exported_update_request = cls(
            bill_ids=bill_ids,
        )

        return accounting_v2_mark_ap_bill_as_exported_update_request
