from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2PaymentAppliedResponse")


@_attrs_define
class AccountingV2PaymentAppliedResponse:
    """
    Attributes:
        applied_id (int):
        applied_to (int):
        applied_amount (None | str | Unset):
        applied_by (None | str | Unset):
        applied_on (datetime.datetime | None | Unset):
        applied_to_reference_number (None | str | Unset):
    """

    applied_id: int
    applied_to: int
    applied_amount: None | str | Unset = UNSET
    applied_by: None | str | Unset = UNSET
    applied_on: datetime.datetime | None | Unset = UNSET
    applied_to_reference_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "appliedId",
        "appliedTo",
        "appliedAmount",
        "appliedBy",
        "appliedOn",
        "appliedToReferenceNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        applied_id = self.applied_id

        applied_to = self.applied_to

        applied_amount: None | str | Unset
        if isinstance(self.applied_amount, Unset):
            applied_amount = UNSET
        else:
            applied_amount = self.applied_amount

        applied_by: None | str | Unset
        if isinstance(self.applied_by, Unset):
            applied_by = UNSET
        else:
            applied_by = self.applied_by

        applied_on: None | str | Unset
        if isinstance(self.applied_on, Unset):
            applied_on = UNSET
        elif isinstance(self.applied_on, datetime.datetime):
            applied_on = self.applied_on.isoformat()
        else:
            applied_on = self.applied_on

        applied_to_reference_number: None | str | Unset
        if isinstance(self.applied_to_reference_number, Unset):
            applied_to_reference_number = UNSET
        else:
            applied_to_reference_number = self.applied_to_reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appliedId": applied_id,
                "appliedTo": applied_to,
            }
        )
        if applied_amount is not UNSET:
            field_dict["appliedAmount"] = applied_amount
        if applied_by is not UNSET:
            field_dict["appliedBy"] = applied_by
        if applied_on is not UNSET:
            field_dict["appliedOn"] = applied_on
        if applied_to_reference_number is not UNSET:
            field_dict["appliedToReferenceNumber"] = applied_to_reference_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        applied_id = d.pop("appliedId")

        applied_to = d.pop("appliedTo")

        applied_amount = d.pop("appliedAmount", UNSET)

        applied_by = d.pop("appliedBy", UNSET)

        applied_on = d.pop("appliedOn", UNSET)
        if applied_on is not None and not isinstance(applied_on, Unset):
            if not isinstance(applied_on, str):
                raise TypeError()
            applied_on_type_0 = datetime.datetime.fromisoformat(applied_on)

            applied_on = applied_on_type_0

        applied_to_reference_number = d.pop("appliedToReferenceNumber", UNSET)

        accounting_v2_payment_applied_response = cls(
            applied_id,
            applied_to,
            applied_amount,
            applied_by,
            applied_on,
            applied_to_reference_number,
        )

        accounting_v2_payment_applied_response.additional_properties = dict(d)
        return accounting_v2_payment_applied_response

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
