from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.dispatch_v2_capacity_response_availability import (
        DispatchV2CapacityResponseAvailability,
    )


T = TypeVar("T", bound="DispatchV2CapacityResponse")


@_attrs_define
class DispatchV2CapacityResponse:
    """
    Attributes:
        availabilities (list[DispatchV2CapacityResponseAvailability]):
        time_stamp (datetime.datetime):
    """

    availabilities: list[DispatchV2CapacityResponseAvailability]
    time_stamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "availabilities",
        "timeStamp",
    )

    def to_dict(self) -> dict[str, Any]:
        availabilities = []
        for availabilities_item_data in self.availabilities:
            availabilities_item = availabilities_item_data.to_dict()
            availabilities.append(availabilities_item)

        time_stamp = self.time_stamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availabilities": availabilities,
                "timeStamp": time_stamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        availabilities = [
            _models.DispatchV2CapacityResponseAvailability.from_dict(
                availabilities_item_data
            )
            for availabilities_item_data in d.pop("availabilities")
        ]

        time_stamp = datetime.datetime.fromisoformat(d.pop("timeStamp"))

        dispatch_v2_capacity_response = cls(
            availabilities,
            time_stamp,
        )

        dispatch_v2_capacity_response.additional_properties = dict(d)
        return dispatch_v2_capacity_response

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
