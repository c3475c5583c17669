from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressInput")


@_attrs_define
class AddressInput:
    """
    Attributes:
        city (str):
        country (str):
        state (str):
        street (str):
        unit (str):
        zip_ (str):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
    """

    city: str
    country: str
    state: str
    street: str
    unit: str
    zip_: str
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "city",
        "country",
        "state",
        "street",
        "unit",
        "zip",
        "latitude",
        "longitude",
    )

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        state = self.state

        street = self.street

        unit = self.unit

        zip_ = self.zip_

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

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
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

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

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        address_input = cls(
            city,
            country,
            state,
            street,
            unit,
            zip_,
            latitude,
            longitude,
        )

        address_input.additional_properties = dict(d)
        return address_input

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
