from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_v2_journal_entry_transaction_type import (
    AccountingV2JournalEntryTransactionType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2JournalEntryTransaction")


@_attrs_define
class AccountingV2JournalEntryTransaction:
    """
    Attributes:
        id (int):
        type_ (AccountingV2JournalEntryTransactionType):
        ref_number (None | str | Unset):
    """

    id: int
    type_: AccountingV2JournalEntryTransactionType
    ref_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "type",
        "refNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        ref_number: None | str | Unset
        if isinstance(self.ref_number, Unset):
            ref_number = UNSET
        else:
            ref_number = self.ref_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if ref_number is not UNSET:
            field_dict["refNumber"] = ref_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = AccountingV2JournalEntryTransactionType(d.pop("type"))

        ref_number = d.pop("refNumber", UNSET)

        accounting_v2_journal_entry_transaction = cls(
            id,
            type_,
            ref_number,
        )

        accounting_v2_journal_entry_transaction.additional_properties = dict(d)
        return accounting_v2_journal_entry_transaction

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
