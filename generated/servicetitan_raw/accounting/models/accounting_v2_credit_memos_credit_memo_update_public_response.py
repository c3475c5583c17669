from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._dates import date_of as _date_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemoUpdatePublicResponse")


@_attrs_define
class AccountingV2CreditMemosCreditMemoUpdatePublicResponse:
    """
    Attributes:
        active (bool):
        business_unit_id (int):
        date (datetime.date):
        id (int):
        summary (None | str | Unset):
    """

    active: bool
    business_unit_id: int
    date: datetime.date
    id: int
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitId",
        "date",
        "id",
        "summary",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        business_unit_id = self.business_unit_id

        date = self.date.isoformat()

        id = self.id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "businessUnitId": business_unit_id,
                "date": date,
                "id": id,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        business_unit_id = d.pop("businessUnitId")

        date = _date_of(d.pop("date"))

        id = d.pop("id")

        summary = d.pop("summary", UNSET)

        accounting_v2_credit_memos_credit_memo_update_public_response = cls(
            active,
            business_unit_id,
            date,
            id,
            summary,
        )

        accounting_v2_credit_memos_credit_memo_update_public_response.additional_properties = dict(
            d
        )
        return accounting_v2_credit_memos_credit_memo_update_public_response

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
