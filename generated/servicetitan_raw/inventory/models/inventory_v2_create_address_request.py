from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.inventory_v2_address_request import InventoryV2AddressRequest


T = TypeVar("T", bound="InventoryV2CreateAddressRequest")


@_attrs_define
class InventoryV2CreateAddressRequest:
    """
    Attributes:
        address (InventoryV2AddressRequest):
        description (str):
    """

    address: InventoryV2AddressRequest
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "address",
        "description",
    )

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = _models.InventoryV2AddressRequest.from_dict(d.pop("address"))

        description = d.pop("description")

        inventory_v2_create_address_request = cls(
            address,
            description,
        )

        inventory_v2_create_address_request.additional_properties = dict(d)
        return inventory_v2_create_address_request

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
