from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2UpdateContactMethodPreferenceRequest")


@_attrs_define
class CrmV2UpdateContactMethodPreferenceRequest:
    """
    Attributes:
        value (str | Unset): Value of the contact method
    """

    value: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        crm_v2_update_contact_method_preference_request = cls(
            value=value,
        )

        return crm_v2_update_contact_method_preference_request
