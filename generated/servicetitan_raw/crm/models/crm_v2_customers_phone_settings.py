from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CrmV2CustomersPhoneSettings")


@_attrs_define
class CrmV2CustomersPhoneSettings:
    """
    Attributes:
        do_not_text (bool):
        phone_number (str):
    """

    do_not_text: bool
    phone_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "doNotText",
        "phoneNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        do_not_text = self.do_not_text

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "doNotText": do_not_text,
                "phoneNumber": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        do_not_text = d.pop("doNotText")

        phone_number = d.pop("phoneNumber")

        crm_v2_customers_phone_settings = cls(
            do_not_text,
            phone_number,
        )

        crm_v2_customers_phone_settings.additional_properties = dict(d)
        return crm_v2_customers_phone_settings

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
