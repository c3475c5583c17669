from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.crm_v2_contact_type import CrmV2ContactType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2UpdateBookingContactRequest")


@_attrs_define
class CrmV2UpdateBookingContactRequest:
    """
    Attributes:
        memo (str | Unset):
        type_ (CrmV2ContactType | Unset):
        value (str | Unset):
    """

    memo: str | Unset = UNSET
    type_: CrmV2ContactType | Unset = UNSET
    value: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        memo = self.memo

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if memo is not UNSET:
            field_dict["memo"] = memo
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        memo = d.pop("memo", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CrmV2ContactType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CrmV2ContactType(_type_)

        value = d.pop("value", UNSET)

        crm_v2_update_booking_contact_request = cls(
            memo=memo,
            type_=type_,
            value=value,
        )

        return crm_v2_update_booking_contact_request
