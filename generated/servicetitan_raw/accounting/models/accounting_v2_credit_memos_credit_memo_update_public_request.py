from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._dates import date_of as _date_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemoUpdatePublicRequest")


@_attrs_define
class AccountingV2CreditMemosCreditMemoUpdatePublicRequest:
    """
    Attributes:
        active (bool | Unset):
        business_unit_id (int | Unset):
        date (datetime.date | Unset):
        summary (str | Unset):
    """

    active: bool | Unset = UNSET
    business_unit_id: int | Unset = UNSET
    date: datetime.date | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitId",
        "date",
        "summary",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        business_unit_id = self.business_unit_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if date is not UNSET:
            field_dict["date"] = date
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        date = d.pop("date", UNSET)
        if not isinstance(date, Unset):
            date = _date_of(date)

        summary = d.pop("summary", UNSET)

        accounting_v2_credit_memos_credit_memo_update_public_request = cls(
            active,
            business_unit_id,
            date,
            summary,
        )

        accounting_v2_credit_memos_credit_memo_update_public_request.additional_properties = dict(
            d
        )
        return accounting_v2_credit_memos_credit_memo_update_public_request

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
