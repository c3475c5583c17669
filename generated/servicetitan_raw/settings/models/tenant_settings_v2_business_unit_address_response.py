from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantSettingsV2BusinessUnitAddressResponse")


@_attrs_define
class TenantSettingsV2BusinessUnitAddressResponse:
    """
    Attributes:
        is_manual_coordinates (bool):
        is_military (bool):
        city (None | str | Unset):
        country (None | str | Unset):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        state (None | str | Unset):
        street (None | str | Unset):
        unit (None | str | Unset):
        zip_ (None | str | Unset):
    """

    is_manual_coordinates: bool
    is_military: bool
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    state: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "isManualCoordinates",
        "isMilitary",
        "city",
        "country",
        "latitude",
        "longitude",
        "state",
        "street",
        "unit",
        "zip",
    )

    def to_dict(self) -> dict[str, Any]:
        is_manual_coordinates = self.is_manual_coordinates

        is_military = self.is_military

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

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

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isManualCoordinates": is_manual_coordinates,
                "isMilitary": is_military,
            }
        )
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if state is not UNSET:
            field_dict["state"] = state
        if street is not UNSET:
            field_dict["street"] = street
        if unit is not UNSET:
            field_dict["unit"] = unit
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_manual_coordinates = d.pop("isManualCoordinates")

        is_military = d.pop("isMilitary")

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        state = d.pop("state", UNSET)

        street = d.pop("street", UNSET)

        unit = d.pop("unit", UNSET)

        zip_ = d.pop("zip", UNSET)

        tenant_settings_v2_business_unit_address_response = cls(
            is_manual_coordinates,
            is_military,
            city,
            country,
            latitude,
            longitude,
            state,
            street,
            unit,
            zip_,
        )

        tenant_settings_v2_business_unit_address_response.additional_properties = dict(
            d
        )
        return tenant_settings_v2_business_unit_address_response

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
