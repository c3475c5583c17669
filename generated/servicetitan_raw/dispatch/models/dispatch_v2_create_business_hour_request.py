from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.dispatch_v2_time_range import DispatchV2TimeRange


T = TypeVar("T", bound="DispatchV2CreateBusinessHourRequest")


@_attrs_define
class DispatchV2CreateBusinessHourRequest:
    """
    Attributes:
        saturday (list[DispatchV2TimeRange]):
        sunday (list[DispatchV2TimeRange]):
        weekdays (list[DispatchV2TimeRange]):
    """

    saturday: list[DispatchV2TimeRange]
    sunday: list[DispatchV2TimeRange]
    weekdays: list[DispatchV2TimeRange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "saturday",
        "sunday",
        "weekdays",
    )

    def to_dict(self) -> dict[str, Any]:
        saturday = []
        for saturday_item_data in self.saturday:
            saturday_item = saturday_item_data.to_dict()
            saturday.append(saturday_item)

        sunday = []
        for sunday_item_data in self.sunday:
            sunday_item = sunday_item_data.to_dict()
            sunday.append(sunday_item)

        weekdays = []
        for weekdays_item_data in self.weekdays:
            weekdays_item = weekdays_item_data.to_dict()
            weekdays.append(weekdays_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "saturday": saturday,
                "sunday": sunday,
                "weekdays": weekdays,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        saturday = [
            _models.DispatchV2TimeRange.from_dict(saturday_item_data)
            for saturday_item_data in d.pop("saturday")
        ]

        sunday = [
            _models.DispatchV2TimeRange.from_dict(sunday_item_data)
            for sunday_item_data in d.pop("sunday")
        ]

        weekdays = [
            _models.DispatchV2TimeRange.from_dict(weekdays_item_data)
            for weekdays_item_data in d.pop("weekdays")
        ]

        dispatch_v2_create_business_hour_request = cls(
            saturday,
            sunday,
            weekdays,
        )

        dispatch_v2_create_business_hour_request.additional_properties = dict(d)
        return dispatch_v2_create_business_hour_request

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
