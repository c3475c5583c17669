from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.fleet_v2_requests_pagination_filter import (
        FleetV2RequestsPaginationFilter,
    )


T = TypeVar("T", bound="FleetV2RequestsEventRequestFilter")


@_attrs_define
class FleetV2RequestsEventRequestFilter:
    """
    Attributes:
        end_time (datetime.datetime):
        pagination (FleetV2RequestsPaginationFilter):
        start_time (datetime.datetime):
        vins (list[str]):
    """

    end_time: datetime.datetime
    pagination: FleetV2RequestsPaginationFilter
    start_time: datetime.datetime
    vins: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "endTime",
        "pagination",
        "startTime",
        "vins",
    )

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time.isoformat()

        pagination = self.pagination.to_dict()

        start_time = self.start_time.isoformat()

        vins = self.vins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endTime": end_time,
                "pagination": pagination,
                "startTime": start_time,
                "vins": vins,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        pagination = _models.FleetV2RequestsPaginationFilter.from_dict(
            d.pop("pagination")
        )

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        vins = d.pop("vins")

        fleet_v2_requests_event_request_filter = cls(
            end_time,
            pagination,
            start_time,
            vins,
        )

        fleet_v2_requests_event_request_filter.additional_properties = dict(d)
        return fleet_v2_requests_event_request_filter

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
