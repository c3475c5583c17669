from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FleetV2VehicleResponse")


@_attrs_define
class FleetV2VehicleResponse:
    """
    Attributes:
        name (str):
        vin (str):
        driver_name (None | str | Unset):
    """

    name: str
    vin: str
    driver_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "name",
        "vin",
        "driverName",
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vin = self.vin

        driver_name: None | str | Unset
        if isinstance(self.driver_name, Unset):
            driver_name = UNSET
        else:
            driver_name = self.driver_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        driver_name = d.pop("driverName", UNSET)

        fleet_v2_vehicle_response = cls(
            name,
            vin,
            driver_name,
        )

        fleet_v2_vehicle_response.additional_properties = dict(d)
        return fleet_v2_vehicle_response

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
