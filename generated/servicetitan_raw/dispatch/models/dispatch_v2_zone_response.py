from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2ZoneResponse")


@_attrs_define
class DispatchV2ZoneResponse:
    """
    Attributes:
        active (bool):
        created_by (int):
        created_on (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        service_days_enabled (bool):
        business_units (list[int] | None | Unset):
        cities (list[str] | None | Unset):
        locn_numbers (list[str] | None | Unset):
        name (None | str | Unset):
        service_days (list[str] | None | Unset):
        technicians (list[int] | None | Unset):
        territory_numbers (list[str] | None | Unset):
        zips (list[str] | None | Unset):
    """

    active: bool
    created_by: int
    created_on: datetime.datetime
    id: int
    modified_on: datetime.datetime
    service_days_enabled: bool
    business_units: list[int] | None | Unset = UNSET
    cities: list[str] | None | Unset = UNSET
    locn_numbers: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    service_days: list[str] | None | Unset = UNSET
    technicians: list[int] | None | Unset = UNSET
    territory_numbers: list[str] | None | Unset = UNSET
    zips: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdBy",
        "createdOn",
        "id",
        "modifiedOn",
        "serviceDaysEnabled",
        "businessUnits",
        "cities",
        "locnNumbers",
        "name",
        "serviceDays",
        "technicians",
        "territoryNumbers",
        "zips",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_by = self.created_by

        created_on = self.created_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        service_days_enabled = self.service_days_enabled

        business_units: list[int] | None | Unset
        if isinstance(self.business_units, Unset):
            business_units = UNSET
        elif isinstance(self.business_units, list):
            business_units = self.business_units

        else:
            business_units = self.business_units

        cities: list[str] | None | Unset
        if isinstance(self.cities, Unset):
            cities = UNSET
        elif isinstance(self.cities, list):
            cities = self.cities

        else:
            cities = self.cities

        locn_numbers: list[str] | None | Unset
        if isinstance(self.locn_numbers, Unset):
            locn_numbers = UNSET
        elif isinstance(self.locn_numbers, list):
            locn_numbers = self.locn_numbers

        else:
            locn_numbers = self.locn_numbers

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        service_days: list[str] | None | Unset
        if isinstance(self.service_days, Unset):
            service_days = UNSET
        elif isinstance(self.service_days, list):
            service_days = self.service_days

        else:
            service_days = self.service_days

        technicians: list[int] | None | Unset
        if isinstance(self.technicians, Unset):
            technicians = UNSET
        elif isinstance(self.technicians, list):
            technicians = self.technicians

        else:
            technicians = self.technicians

        territory_numbers: list[str] | None | Unset
        if isinstance(self.territory_numbers, Unset):
            territory_numbers = UNSET
        elif isinstance(self.territory_numbers, list):
            territory_numbers = self.territory_numbers

        else:
            territory_numbers = self.territory_numbers

        zips: list[str] | None | Unset
        if isinstance(self.zips, Unset):
            zips = UNSET
        elif isinstance(self.zips, list):
            zips = self.zips

        else:
            zips = self.zips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdBy": created_by,
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
                "serviceDaysEnabled": service_days_enabled,
            }
        )
        if business_units is not UNSET:
            field_dict["businessUnits"] = business_units
        if cities is not UNSET:
            field_dict["cities"] = cities
        if locn_numbers is not UNSET:
            field_dict["locnNumbers"] = locn_numbers
        if name is not UNSET:
            field_dict["name"] = name
        if service_days is not UNSET:
            field_dict["serviceDays"] = service_days
        if technicians is not UNSET:
            field_dict["technicians"] = technicians
        if territory_numbers is not UNSET:
            field_dict["territoryNumbers"] = territory_numbers
        if zips is not UNSET:
            field_dict["zips"] = zips

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_by = d.pop("createdBy")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        service_days_enabled = d.pop("serviceDaysEnabled")

        business_units = d.pop("businessUnits", UNSET)
        if business_units is not None and not isinstance(business_units, Unset):
            if not isinstance(business_units, list):
                raise TypeError()
            business_units_type_0 = business_units

            business_units = business_units_type_0

        cities = d.pop("cities", UNSET)
        if cities is not None and not isinstance(cities, Unset):
            if not isinstance(cities, list):
                raise TypeError()
            cities_type_0 = cities

            cities = cities_type_0

        locn_numbers = d.pop("locnNumbers", UNSET)
        if locn_numbers is not None and not isinstance(locn_numbers, Unset):
            if not isinstance(locn_numbers, list):
                raise TypeError()
            locn_numbers_type_0 = locn_numbers

            locn_numbers = locn_numbers_type_0

        name = d.pop("name", UNSET)

        service_days = d.pop("serviceDays", UNSET)
        if service_days is not None and not isinstance(service_days, Unset):
            if not isinstance(service_days, list):
                raise TypeError()
            service_days_type_0 = service_days

            service_days = service_days_type_0

        technicians = d.pop("technicians", UNSET)
        if technicians is not None and not isinstance(technicians, Unset):
            if not isinstance(technicians, list):
                raise TypeError()
            technicians_type_0 = technicians

            technicians = technicians_type_0

        territory_numbers = d.pop("territoryNumbers", UNSET)
        if territory_numbers is not None and not isinstance(territory_numbers, Unset):
            if not isinstance(territory_numbers, list):
                raise TypeError()
            territory_numbers_type_0 = territory_numbers

            territory_numbers = territory_numbers_type_0

        zips = d.pop("zips", UNSET)
        if zips is not None and not isinstance(zips, Unset):
            if not isinstance(zips, list):
                raise TypeError()
            zips_type_0 = zips

            zips = zips_type_0

        dispatch_v2_zone_response = cls(
            active,
            created_by,
            created_on,
            id,
            modified_on,
            service_days_enabled,
            business_units,
            cities,
            locn_numbers,
            name,
            service_days,
            technicians,
            territory_numbers,
            zips,
        )

        dispatch_v2_zone_response.additional_properties = dict(d)
        return dispatch_v2_zone_response

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
