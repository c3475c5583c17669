from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.fleet_v2_requests_pagination_filter import (
        FleetV2RequestsPaginationFilter,
    )


T = TypeVar("T", bound="FleetV2RequestsEventRequestFilter")


@_attrs_define
class FleetV2RequestsEventRequestFilter:
    """
    Attributes:
        end_time (datetime.datetime): The end time of the time window.
        pagination (FleetV2RequestsPaginationFilter):
        start_time (datetime.datetime): The start time of the time window.
        vins (list[str]): The associated Vehicle Identification Numbers (VINs) to filter by.
    """

    end_time: datetime.datetime
    pagination: FleetV2RequestsPaginationFilter
    start_time: datetime.datetime
    vins: list[str]

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time.isoformat()

        pagination = self.pagination.to_dict()

        start_time = self.start_time.isoformat()

        vins = self.vins

        field_dict: dict[str, Any] = {}

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
        from ..models.fleet_v2_requests_pagination_filter import (
            FleetV2RequestsPaginationFilter,
        )

        d = dict(src_dict)
        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        pagination = FleetV2RequestsPaginationFilter.from_dict(d.pop("pagination"))

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        vins = cast(list[str], d.pop("vins"))

        fleet_v2_requests_event_request_filter = cls(
            end_time=end_time,
            pagination=pagination,
            start_time=start_time,
            vins=vins,
        )

        return fleet_v2_requests_event_request_filter
