from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DispatchV2UpdateArrivalWindowRequest")


@_attrs_define
class DispatchV2UpdateArrivalWindowRequest:
    """
    Attributes:
        business_unit_ids (list[int]): The business unit ids list that this arrival window applies for.
        duration (str): The end time for the arrival window defined as TimeSpan. I.e. "11:00"
        start (str): The start time for the arrival window defined as TimeSpan. I.e. "09:00"
    """

    business_unit_ids: list[int]
    duration: str
    start: str

    def to_dict(self) -> dict[str, Any]:
        business_unit_ids = self.business_unit_ids

        duration = self.duration

        start = self.start

        field_dict: dict[str, Any] = {}

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
        business_unit_ids = cast(list[int], d.pop("businessUnitIds"))

        duration = d.pop("duration")

        start = d.pop("start")

        dispatch_v2_update_arrival_window_request = cls(
            business_unit_ids=business_unit_ids,
            duration=duration,
            start=start,
        )

        return dispatch_v2_update_arrival_window_request
