from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2UpdateContactMethodRequest")


@_attrs_define
class CrmV2UpdateContactMethodRequest:
    """
    Attributes:
        memo (str | Unset): Memo for the contact method
        value (str | Unset): Value of the contact method
    """

    memo: str | Unset = UNSET
    value: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        memo = self.memo

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if memo is not UNSET:
            field_dict["memo"] = memo
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        memo = d.pop("memo", UNSET)

        value = d.pop("value", UNSET)

        crm_v2_update_contact_method_request = cls(
            memo=memo,
            value=value,
        )

        return crm_v2_update_contact_method_request
