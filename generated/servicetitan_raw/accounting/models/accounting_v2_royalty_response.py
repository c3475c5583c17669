from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2RoyaltyResponse")


@_attrs_define
class AccountingV2RoyaltyResponse:
    """
    Attributes:
        date (datetime.datetime | None | Unset):
        memo (None | str | Unset):
        sent_on (datetime.datetime | None | Unset):
        status (None | str | Unset):
    """

    date: datetime.datetime | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    sent_on: datetime.datetime | None | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "date",
        "memo",
        "sentOn",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        sent_on: None | str | Unset
        if isinstance(self.sent_on, Unset):
            sent_on = UNSET
        elif isinstance(self.sent_on, datetime.datetime):
            sent_on = self.sent_on.isoformat()
        else:
            sent_on = self.sent_on

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if memo is not UNSET:
            field_dict["memo"] = memo
        if sent_on is not UNSET:
            field_dict["sentOn"] = sent_on
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date", UNSET)
        if date is not None and not isinstance(date, Unset):
            if not isinstance(date, str):
                raise TypeError()
            date_type_0 = datetime.datetime.fromisoformat(date)

            date = date_type_0

        memo = d.pop("memo", UNSET)

        sent_on = d.pop("sentOn", UNSET)
        if sent_on is not None and not isinstance(sent_on, Unset):
            if not isinstance(sent_on, str):
                raise TypeError()
            sent_on_type_0 = datetime.datetime.fromisoformat(sent_on)

            sent_on = sent_on_type_0

        status = d.pop("status", UNSET)

        accounting_v2_royalty_response = cls(
            date,
            memo,
            sent_on,
            status,
        )

        accounting_v2_royalty_response.additional_properties = dict(d)
        return accounting_v2_royalty_response

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
