from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fleet_v2_common_coordinates import FleetV2CommonCoordinates


T = TypeVar("T", bound="FleetV2CommonTimedLocation")


@_attrs_define
class FleetV2CommonTimedLocation:
    """
    Attributes:
        timestamp (datetime.datetime):
        address (None | str | Unset):
        location (FleetV2CommonCoordinates | None | Unset):
    """

    timestamp: datetime.datetime
    address: None | str | Unset = UNSET
    location: FleetV2CommonCoordinates | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "timestamp",
        "address",
        "location",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.fleet_v2_common_coordinates import FleetV2CommonCoordinates

        timestamp = self.timestamp.isoformat()

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, FleetV2CommonCoordinates):
            location = self.location.to_dict()
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        address = d.pop("address", UNSET)

        location = d.pop("location", UNSET)
        if location is not None and not isinstance(location, Unset):
            if not isinstance(location, dict):
                raise TypeError()
            location_type_0 = _models.FleetV2CommonCoordinates.from_dict(location)

            location = location_type_0

        fleet_v2_common_timed_location = cls(
            timestamp,
            address,
            location,
        )

        fleet_v2_common_timed_location.additional_properties = dict(d)
        return fleet_v2_common_timed_location

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
