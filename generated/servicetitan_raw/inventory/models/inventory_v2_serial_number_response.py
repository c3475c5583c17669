from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InventoryV2SerialNumberResponse")


@_attrs_define
class InventoryV2SerialNumberResponse:
    """Represents serial number response

    Attributes:
        id (int): Id of this serial number
        number (str): Serial number value
    """

    id: int
    number: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "number": number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        inventory_v2_serial_number_response = cls(
            id=id,
            number=number,
        )

        return inventory_v2_serial_number_response
