from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_v2_journal_entry_sku_type import (
    AccountingV2JournalEntrySkuType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2JournalEntrySku")


@_attrs_define
class AccountingV2JournalEntrySku:
    """
    Attributes:
        id (int):
        code (None | str | Unset):
        type_ (AccountingV2JournalEntrySkuType | None | Unset):
    """

    id: int
    code: None | str | Unset = UNSET
    type_: AccountingV2JournalEntrySkuType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "code",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AccountingV2JournalEntrySkuType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code", UNSET)

        type_ = d.pop("type", UNSET)
        if type_ is not None and not isinstance(type_, Unset):
            if not isinstance(type_, str):
                raise TypeError()
            type_type_0 = AccountingV2JournalEntrySkuType(type_)

            type_ = type_type_0

        accounting_v2_journal_entry_sku = cls(
            id,
            code,
            type_,
        )

        accounting_v2_journal_entry_sku.additional_properties = dict(d)
        return accounting_v2_journal_entry_sku

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
