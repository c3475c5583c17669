from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.accounting_v2_journal_entry_sku_type import (
    AccountingV2JournalEntrySkuType,
)

T = TypeVar("T", bound="AccountingV2JournalEntrySkuSaveRequest")


@_attrs_define
class AccountingV2JournalEntrySkuSaveRequest:
    """
    Attributes:
        id (int):
        type_ (AccountingV2JournalEntrySkuType):
    """

    id: int
    type_: AccountingV2JournalEntrySkuType

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = AccountingV2JournalEntrySkuType(d.pop("type"))

        accounting_v2_journal_entry_sku_save_request = cls(
            id=id,
            type_=type_,
        )

        return accounting_v2_journal_entry_sku_save_request
