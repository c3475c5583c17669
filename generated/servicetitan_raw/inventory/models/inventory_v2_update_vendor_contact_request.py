from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryV2UpdateVendorContactRequest")


@_attrs_define
class InventoryV2UpdateVendorContactRequest:
    """Represents request to update vendor contact

    Attributes:
        email (str): Email
        name (str): Name
        id (int | None | Unset): Id of Vendor Contact to update
    """

    email: str
    name: str
    id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        inventory_v2_update_vendor_contact_request = cls(
            email=email,
            name=name,
            id=id,
        )

        return inventory_v2_update_vendor_contact_request
