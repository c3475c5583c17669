from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantSettingsV2TechnicianLocationResponse")


@_attrs_define
class TenantSettingsV2TechnicianLocationResponse:
    """
    Attributes:
        coordinates_updated_on (datetime.datetime | None | Unset):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
    """

    coordinates_updated_on: datetime.datetime | None | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "coordinatesUpdatedOn",
        "latitude",
        "longitude",
    )

    def to_dict(self) -> dict[str, Any]:
        coordinates_updated_on: None | str | Unset
        if isinstance(self.coordinates_updated_on, Unset):
            coordinates_updated_on = UNSET
        elif isinstance(self.coordinates_updated_on, datetime.datetime):
            coordinates_updated_on = self.coordinates_updated_on.isoformat()
        else:
            coordinates_updated_on = self.coordinates_updated_on

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
        field_dict.update({})
        if coordinates_updated_on is not UNSET:
            field_dict["coordinatesUpdatedOn"] = coordinates_updated_on
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coordinates_updated_on = d.pop("coordinatesUpdatedOn", UNSET)
        if coordinates_updated_on is not None and not isinstance(
            coordinates_updated_on, Unset
        ):
            if not isinstance(coordinates_updated_on, str):
                raise TypeError()
            coordinates_updated_on_type_0 = datetime.datetime.fromisoformat(
                coordinates_updated_on
            )

            coordinates_updated_on = coordinates_updated_on_type_0

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        tenant_settings_v2_technician_location_response = cls(
            coordinates_updated_on,
            latitude,
            longitude,
        )

        tenant_settings_v2_technician_location_response.additional_properties = dict(d)
        return tenant_settings_v2_technician_location_response

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
