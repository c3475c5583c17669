from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FleetV2VehicleResponse")


@_attrs_define
class FleetV2VehicleResponse:
    """
    Attributes:
        name (str): The name of the vehicle.
        vin (str): The unique identifier of the vehicle (VIN).
        driver_name (None | str | Unset): The name of the driver currently assigned to the vehicle.
    """

    name: str
    vin: str
    driver_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vin = self.vin

        driver_name: None | str | Unset
        if isinstance(self.driver_name, Unset):
            driver_name = UNSET
        else:
            driver_name = self.driver_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "vin": vin,
            }
        )
        if driver_name is not UNSET:
            field_dict["driverName"] = driver_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        vin = d.pop("vin")

        def _parse_driver_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        driver_name = _parse_driver_name(d.pop("driverName", UNSET))

        fleet_v2_vehicle_response = cls(
            name=name,
            vin=vin,
            driver_name=driver_name,
        )

        return fleet_v2_vehicle_response
