from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fleet_v2_common_timed_location import FleetV2CommonTimedLocation


T = TypeVar("T", bound="FleetV2EventResponse")


@_attrs_define
class FleetV2EventResponse:
    """
    Attributes:
        id (str):
        location (FleetV2CommonTimedLocation):
        vehicle_name (str):
        vin (str):
        driver_name (None | str | Unset):
        event_name (None | str | Unset):
        event_type (None | str | Unset):
        geofence_name (None | str | Unset):
        speed_in_mph (int | None | Unset):
    """

    id: str
    location: FleetV2CommonTimedLocation
    vehicle_name: str
    vin: str
    driver_name: None | str | Unset = UNSET
    event_name: None | str | Unset = UNSET
    event_type: None | str | Unset = UNSET
    geofence_name: None | str | Unset = UNSET
    speed_in_mph: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "location",
        "vehicleName",
        "vin",
        "driverName",
        "eventName",
        "eventType",
        "geofenceName",
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

        event_name: None | str | Unset
        if isinstance(self.event_name, Unset):
            event_name = UNSET
        else:
            event_name = self.event_name

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        geofence_name: None | str | Unset
        if isinstance(self.geofence_name, Unset):
            geofence_name = UNSET
        else:
            geofence_name = self.geofence_name

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
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if geofence_name is not UNSET:
            field_dict["geofenceName"] = geofence_name
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

        event_name = d.pop("eventName", UNSET)

        event_type = d.pop("eventType", UNSET)

        geofence_name = d.pop("geofenceName", UNSET)

        speed_in_mph = d.pop("speedInMph", UNSET)

        fleet_v2_event_response = cls(
            id,
            location,
            vehicle_name,
            vin,
            driver_name,
            event_name,
            event_type,
            geofence_name,
            speed_in_mph,
        )

        fleet_v2_event_response.additional_properties = dict(d)
        return fleet_v2_event_response

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
