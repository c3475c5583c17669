from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InventoryV2VendorContactInfoResponse")


@_attrs_define
class InventoryV2VendorContactInfoResponse:
    """Vendor contact info response

    Attributes:
        email (str): Vendor email
        fax (str): Vendor fax
        first_name (str): Vendor first name
        last_name (str): Vendor last name
        phone (str): Vendor phone
    """

    email: str
    fax: str
    first_name: str
    last_name: str
    phone: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        fax = self.fax

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        field_dict: dict[str, Any] = {}

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
            email=email,
            fax=fax,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
        )

        return inventory_v2_vendor_contact_info_response
