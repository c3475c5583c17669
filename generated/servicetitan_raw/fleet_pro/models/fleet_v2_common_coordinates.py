from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FleetV2CommonCoordinates")


@_attrs_define
class FleetV2CommonCoordinates:
    """Represents a geographical point on the Earth defined by its latitude and longitude.

    Attributes:
        latitude (float): The latitude, representing the North-South position.
        longitude (float): The longitude, representing the East-West position.
    """

    latitude: float
    longitude: float

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "latitude": latitude,
                "longitude": longitude,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        fleet_v2_common_coordinates = cls(
            latitude=latitude,
            longitude=longitude,
        )

        return fleet_v2_common_coordinates
