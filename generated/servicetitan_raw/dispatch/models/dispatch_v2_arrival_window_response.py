from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchV2ArrivalWindowResponse")


@_attrs_define
class DispatchV2ArrivalWindowResponse:
    """
    Attributes:
        active (bool):
        business_unit_ids (list[int]):
        duration (str):
        id (int):
        start (str):
    """

    active: bool
    business_unit_ids: list[int]
    duration: str
    id: int
    start: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitIds",
        "duration",
        "id",
        "start",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        business_unit_ids = self.business_unit_ids

        duration = self.duration

        id = self.id

        start = self.start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "businessUnitIds": business_unit_ids,
                "duration": duration,
                "id": id,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        business_unit_ids = d.pop("businessUnitIds")

        duration = d.pop("duration")

        id = d.pop("id")

        start = d.pop("start")

        dispatch_v2_arrival_window_response = cls(
            active,
            business_unit_ids,
            duration,
            id,
            start,
        )

        dispatch_v2_arrival_window_response.additional_properties = dict(d)
        return dispatch_v2_arrival_window_response

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
