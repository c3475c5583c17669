from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fleet_v2_common_timed_location import FleetV2CommonTimedLocation


T = TypeVar("T", bound="FleetV2GpsResponse")


@_attrs_define
class FleetV2GpsResponse:
    """
    Attributes:
        id (str):
        location (FleetV2CommonTimedLocation):
        vehicle_name (str):
        vin (str):
        driver_name (None | str | Unset):
        odometer_in_miles (int | None | Unset):
        speed_in_mph (int | None | Unset):
    """

    id: str
    location: FleetV2CommonTimedLocation
    vehicle_name: str
    vin: str
    driver_name: None | str | Unset = UNSET
    odometer_in_miles: int | None | Unset = UNSET
    speed_in_mph: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "location",
        "vehicleName",
        "vin",
        "driverName",
        "odometerInMiles",
        "speedInMph",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        location = self.location.to_dict()

        vehicle_name = self.vehicle_name

        vin = self.vin

        driver_name: None | str | Unset
        if isinstance(self.driver_name, Unset):
            driver_name = UNSET
        else:
            driver_name = self.driver_name

        odometer_in_miles: int | None | Unset
        if isinstance(self.odometer_in_miles, Unset):
            odometer_in_miles = UNSET
        else:
            odometer_in_miles = self.odometer_in_miles

        speed_in_mph: int | None | Unset
        if isinstance(self.speed_in_mph, Unset):
            speed_in_mph = UNSET
        else:
            speed_in_mph = self.speed_in_mph

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "location": location,
                "vehicleName": vehicle_name,
                "vin": vin,
            }
        )
        if driver_name is not UNSET:
            field_dict["driverName"] = driver_name
        if odometer_in_miles is not UNSET:
            field_dict["odometerInMiles"] = odometer_in_miles
        if speed_in_mph is not UNSET:
            field_dict["speedInMph"] = speed_in_mph

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        location = _models.FleetV2CommonTimedLocation.from_dict(d.pop("location"))

        vehicle_name = d.pop("vehicleName")

        vin = d.pop("vin")

        driver_name = d.pop("driverName", UNSET)

        odometer_in_miles = d.pop("odometerInMiles", UNSET)

        speed_in_mph = d.pop("speedInMph", UNSET)

        fleet_v2_gps_response = cls(
            id,
            location,
            vehicle_name,
            vin,
            driver_name,
            odometer_in_miles,
            speed_in_mph,
        )

        fleet_v2_gps_response.additional_properties = dict(d)
        return fleet_v2_gps_response

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
