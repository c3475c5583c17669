from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.inventory_v2_address_request import InventoryV2AddressRequest


T = TypeVar("T", bound="InventoryV2CreateAddressRequest")


@_attrs_define
class InventoryV2CreateAddressRequest:
    """Request model for address with description

    Attributes:
        address (InventoryV2AddressRequest): Request model for actual address
        description (str): Description of the shipping address, like customer address or technician's truck for example
    """

    address: InventoryV2AddressRequest
    description: str

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inventory_v2_address_request import InventoryV2AddressRequest

        d = dict(src_dict)
        address = InventoryV2AddressRequest.from_dict(d.pop("address"))

        description = d.pop("description")

        inventory_v2_create_address_request = cls(
            address=address,
            description=description,
        )

        return inventory_v2_create_address_request
