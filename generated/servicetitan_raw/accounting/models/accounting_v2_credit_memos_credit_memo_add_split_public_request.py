from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemoAddSplitPublicRequest")


@_attrs_define
class AccountingV2CreditMemosCreditMemoAddSplitPublicRequest:
    """
    Attributes:
        amount (float | None | Unset):
        invoice_id (int | None | Unset):
    """

    amount: float | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "amount",
        "invoiceId",
    )

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        accounting_v2_credit_memos_credit_memo_add_split_public_request = cls(
            amount,
            invoice_id,
        )

        accounting_v2_credit_memos_credit_memo_add_split_public_request.additional_properties = dict(
            d
        )
        return accounting_v2_credit_memos_credit_memo_add_split_public_request

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
