from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2CreditMemosMarkCreditMemoAsExportedResponse")


@_attrs_define
class AccountingV2CreditMemosMarkCreditMemoAsExportedResponse:
    """
    Attributes:
        credit_memo_id (int):
        success (bool):
        error_message (None | str | Unset):
    """

    credit_memo_id: int
    success: bool
    error_message: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        credit_memo_id = self.credit_memo_id

        success = self.success

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "creditMemoId": credit_memo_id,
                "success": success,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credit_memo_id = d.pop("creditMemoId")

        success = d.pop("success")

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        accounting_v2_credit_memos_mark_credit_memo_as_exported_response = cls(
            credit_memo_id=credit_memo_id,
            success=success,
            error_message=error_message,
        )

        return accounting_v2_credit_memos_mark_credit_memo_as_exported_response
