from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._dates import date_of as _date_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemoAppliedToCodeResponse")


@_attrs_define
class AccountingV2CreditMemosCreditMemoAppliedToCodeResponse:
    """
    Attributes:
        applied_amount (float):
        applied_id (int):
        applied_on (datetime.date):
        applied_to (int):
        applied_by (None | str | Unset):
        applied_to_reference_number (None | str | Unset):
    """

    applied_amount: float
    applied_id: int
    applied_on: datetime.date
    applied_to: int
    applied_by: None | str | Unset = UNSET
    applied_to_reference_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "appliedAmount",
        "appliedId",
        "appliedOn",
        "appliedTo",
        "appliedBy",
        "appliedToReferenceNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        applied_amount = self.applied_amount

        applied_id = self.applied_id

        applied_on = self.applied_on.isoformat()

        applied_to = self.applied_to

        applied_by: None | str | Unset
        if isinstance(self.applied_by, Unset):
            applied_by = UNSET
        else:
            applied_by = self.applied_by

        applied_to_reference_number: None | str | Unset
        if isinstance(self.applied_to_reference_number, Unset):
            applied_to_reference_number = UNSET
        else:
            applied_to_reference_number = self.applied_to_reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appliedAmount": applied_amount,
                "appliedId": applied_id,
                "appliedOn": applied_on,
                "appliedTo": applied_to,
            }
        )
        if applied_by is not UNSET:
            field_dict["appliedBy"] = applied_by
        if applied_to_reference_number is not UNSET:
            field_dict["appliedToReferenceNumber"] = applied_to_reference_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        applied_amount = d.pop("appliedAmount")

        applied_id = d.pop("appliedId")

        applied_on = _date_of(d.pop("appliedOn"))

        applied_to = d.pop("appliedTo")

        applied_by = d.pop("appliedBy", UNSET)

        applied_to_reference_number = d.pop("appliedToReferenceNumber", UNSET)

        accounting_v2_credit_memos_credit_memo_applied_to_code_response = cls(
            applied_amount,
            applied_id,
            applied_on,
            applied_to,
            applied_by,
            applied_to_reference_number,
        )

        accounting_v2_credit_memos_credit_memo_applied_to_code_response.additional_properties = dict(
            d
        )
        return accounting_v2_credit_memos_credit_memo_applied_to_code_response

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
