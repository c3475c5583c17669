from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModuleAdminSharedBusinessUnitAddressModel")


@_attrs_define
class ModuleAdminSharedBusinessUnitAddressModel:
    """
    Attributes:
        city (str):
        country (str):
        state (str):
        street (str):
        unit (str):
        zip_ (str):
    """

    city: str
    country: str
    state: str
    street: str
    unit: str
    zip_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "city",
        "country",
        "state",
        "street",
        "unit",
        "zip",
    )

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        state = self.state

        street = self.street

        unit = self.unit

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "state": state,
                "street": street,
                "unit": unit,
                "zip": zip_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        city = d.pop("city")

        country = d.pop("country")

        state = d.pop("state")

        street = d.pop("street")

        unit = d.pop("unit")

        zip_ = d.pop("zip")

        module_admin_shared_business_unit_address_model = cls(
            city,
            country,
            state,
            street,
            unit,
            zip_,
        )

        module_admin_shared_business_unit_address_model.additional_properties = dict(d)
        return module_admin_shared_business_unit_address_model

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
