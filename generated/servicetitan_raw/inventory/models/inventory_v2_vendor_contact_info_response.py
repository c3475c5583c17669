from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InventoryV2VendorContactInfoResponse")


@_attrs_define
class InventoryV2VendorContactInfoResponse:
    """
    Attributes:
        email (str):
        fax (str):
        first_name (str):
        last_name (str):
        phone (str):
    """

    email: str
    fax: str
    first_name: str
    last_name: str
    phone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "email",
        "fax",
        "firstName",
        "lastName",
        "phone",
    )

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        fax = self.fax

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "fax": fax,
                "firstName": first_name,
                "lastName": last_name,
                "phone": phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        fax = d.pop("fax")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        phone = d.pop("phone")

        inventory_v2_vendor_contact_info_response = cls(
            email,
            fax,
            first_name,
            last_name,
            phone,
        )

        inventory_v2_vendor_contact_info_response.additional_properties = dict(d)
        return inventory_v2_vendor_contact_info_response

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
