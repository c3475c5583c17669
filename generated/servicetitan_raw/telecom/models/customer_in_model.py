from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.address_input import AddressInput
    from ..models.contact_input_model import ContactInputModel


T = TypeVar("T", bound="CustomerInModel")


@_attrs_define
class CustomerInModel:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "address",
        "contacts",
        "id",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        address = _models.AddressInput.from_dict(d.pop("address"))

        contacts = [
            _models.ContactInputModel.from_dict(contacts_item_data)
            for contacts_item_data in d.pop("contacts")
        ]

        id = d.pop("id")

        name = d.pop("name")

        customer_in_model = cls(
            address,
            contacts,
            id,
            name,
        )

        customer_in_model.additional_properties = dict(d)
        return customer_in_model

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
