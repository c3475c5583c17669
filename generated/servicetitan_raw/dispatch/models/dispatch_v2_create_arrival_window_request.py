from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchV2CreateArrivalWindowRequest")


@_attrs_define
class DispatchV2CreateArrivalWindowRequest:
    """
    Attributes:
        business_unit_ids (list[int]):
        duration (str):
        start (str):
    """

    business_unit_ids: list[int]
    duration: str
    start: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnitIds",
        "duration",
        "start",
    )

    def to_dict(self) -> dict[str, Any]:
        business_unit_ids = self.business_unit_ids

        duration = self.duration

        start = self.start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessUnitIds": business_unit_ids,
                "duration": duration,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_unit_ids = d.pop("businessUnitIds")

        duration = d.pop("duration")

        start = d.pop("start")

        dispatch_v2_create_arrival_window_request = cls(
            business_unit_ids,
            duration,
            start,
        )

        dispatch_v2_create_arrival_window_request.additional_properties = dict(d)
        return dispatch_v2_create_arrival_window_request

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
