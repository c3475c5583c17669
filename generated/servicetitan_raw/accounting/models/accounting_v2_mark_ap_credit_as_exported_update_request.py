from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AccountingV2MarkApCreditAsExportedUpdateRequest")


@_attrs_define
class AccountingV2MarkApCreditAsExportedUpdateRequest:
    """
    Attributes:
        ap_credit_id (int):
    """

    ap_credit_id: int

    def to_dict(self) -> dict[str, Any]:
        ap_credit_id = self.ap_credit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "apCreditId": ap_credit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ap_credit_id = d.pop("apCreditId")

        accounting_v2_mark_ap_credit_as_exported_update_request = cls(
            ap_credit_id=ap_credit_id,
        )

        return accounting_v2_mark_ap_credit_as_exported_update_request
