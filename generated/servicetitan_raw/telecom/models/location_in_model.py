from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.address_input import AddressInput
    from ..models.contact_input_model import ContactInputModel


T = TypeVar("T", bound="LocationInModel")


@_attrs_define
class LocationInModel:
    """
    Attributes:
        address (AddressInput):
        contacts (list[ContactInputModel]):
        id (int):
        name (str):
    """

    address: AddressInput
    contacts: list[ContactInputModel]
    id: int
    name: str

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "contacts": contacts,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address_input import AddressInput
        from ..models.contact_input_model import ContactInputModel

        d = dict(src_dict)
        address = AddressInput.from_dict(d.pop("address"))

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactInputModel.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        id = d.pop("id")

        name = d.pop("name")

        location_in_model = cls(
            address=address,
            contacts=contacts,
            id=id,
            name=name,
        )

        return location_in_model
