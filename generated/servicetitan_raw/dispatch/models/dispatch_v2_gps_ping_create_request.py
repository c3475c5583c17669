from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2GpsPingCreateRequest")


@_attrs_define
class DispatchV2GpsPingCreateRequest:
    """
    Attributes:
        city (str):
        event_time (datetime.datetime):
        external_id (str):
        is_new (bool):
        message (str):
        postal_code (str):
        region (str):
        status_message (str):
        street (str):
        unit_id (str):
        unit_name (str):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        speed (float | None | Unset):
    """

    city: str
    event_time: datetime.datetime
    external_id: str
    is_new: bool
    message: str
    postal_code: str
    region: str
    status_message: str
    street: str
    unit_id: str
    unit_name: str
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    speed: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "city",
        "eventTime",
        "externalId",
        "isNew",
        "message",
        "postalCode",
        "region",
        "statusMessage",
        "street",
        "unitId",
        "unitName",
        "latitude",
        "longitude",
        "speed",
    )

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        event_time = self.event_time.isoformat()

        external_id = self.external_id

        is_new = self.is_new

        message = self.message

        postal_code = self.postal_code

        region = self.region

        status_message = self.status_message

        street = self.street

        unit_id = self.unit_id

        unit_name = self.unit_name

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

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "eventTime": event_time,
                "externalId": external_id,
                "isNew": is_new,
                "message": message,
                "postalCode": postal_code,
                "region": region,
                "statusMessage": status_message,
                "street": street,
                "unitId": unit_id,
                "unitName": unit_name,
            }
        )
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        city = d.pop("city")

        event_time = datetime.datetime.fromisoformat(d.pop("eventTime"))

        external_id = d.pop("externalId")

        is_new = d.pop("isNew")

        message = d.pop("message")

        postal_code = d.pop("postalCode")

        region = d.pop("region")

        status_message = d.pop("statusMessage")

        street = d.pop("street")

        unit_id = d.pop("unitId")

        unit_name = d.pop("unitName")

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        speed = d.pop("speed", UNSET)

        dispatch_v2_gps_ping_create_request = cls(
            city,
            event_time,
            external_id,
            is_new,
            message,
            postal_code,
            region,
            status_message,
            street,
            unit_id,
            unit_name,
            latitude,
            longitude,
            speed,
        )

        dispatch_v2_gps_ping_create_request.additional_properties = dict(d)
        return dispatch_v2_gps_ping_create_request

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
