from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemoAddSplitPublicResponse")


@_attrs_define
class AccountingV2CreditMemosCreditMemoAddSplitPublicResponse:
    """
    Attributes:
        amount (float):
        invoice_id (int):
    """

    amount: float
    invoice_id: int

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "invoiceId": invoice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        invoice_id = d.pop("invoiceId")

        accounting_v2_credit_memos_credit_memo_add_split_public_response = cls(
            amount=amount,
            invoice_id=invoice_id,
        )

        return accounting_v2_credit_memos_credit_memo_add_split_public_response
