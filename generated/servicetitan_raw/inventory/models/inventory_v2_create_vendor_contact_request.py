from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InventoryV2CreateVendorContactRequest")


@_attrs_define
class InventoryV2CreateVendorContactRequest:
    """Request model to create vendor contact

    Attributes:
        email (str): Email
        name (str): Name
    """

    email: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        inventory_v2_create_vendor_contact_request = cls(
            email=email,
            name=name,
        )

        return inventory_v2_create_vendor_contact_request
