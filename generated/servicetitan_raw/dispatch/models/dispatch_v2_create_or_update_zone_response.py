from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchV2CreateOrUpdateZoneResponse")


@_attrs_define
class DispatchV2CreateOrUpdateZoneResponse:
    """
    Attributes:
        active (bool):
        business_units (list[int]):
        cities (list[str]):
        id (int):
        locn_numbers (list[str]):
        name (str):
        service_days_enabled (bool):
        service_days_ids (list[int]):
        territory_numbers (list[str]):
        zips (list[str]):
    """

    active: bool
    business_units: list[int]
    cities: list[str]
    id: int
    locn_numbers: list[str]
    name: str
    service_days_enabled: bool
    service_days_ids: list[int]
    territory_numbers: list[str]
    zips: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnits",
        "cities",
        "id",
        "locnNumbers",
        "name",
        "serviceDaysEnabled",
        "serviceDaysIds",
        "territoryNumbers",
        "zips",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        business_units = self.business_units

        cities = self.cities

        id = self.id

        locn_numbers = self.locn_numbers

        name = self.name

        service_days_enabled = self.service_days_enabled

        service_days_ids = self.service_days_ids

        territory_numbers = self.territory_numbers

        zips = self.zips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "businessUnits": business_units,
                "cities": cities,
                "id": id,
                "locnNumbers": locn_numbers,
                "name": name,
                "serviceDaysEnabled": service_days_enabled,
                "serviceDaysIds": service_days_ids,
                "territoryNumbers": territory_numbers,
                "zips": zips,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        business_units = d.pop("businessUnits")

        cities = d.pop("cities")

        id = d.pop("id")

        locn_numbers = d.pop("locnNumbers")

        name = d.pop("name")

        service_days_enabled = d.pop("serviceDaysEnabled")

        service_days_ids = d.pop("serviceDaysIds")

        territory_numbers = d.pop("territoryNumbers")

        zips = d.pop("zips")

        dispatch_v2_create_or_update_zone_response = cls(
            active,
            business_units,
            cities,
            id,
            locn_numbers,
            name,
            service_days_enabled,
            service_days_ids,
            territory_numbers,
            zips,
        )

        dispatch_v2_create_or_update_zone_response.additional_properties = dict(d)
        return dispatch_v2_create_or_update_zone_response

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
