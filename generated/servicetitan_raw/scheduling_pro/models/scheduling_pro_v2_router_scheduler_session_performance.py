from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchedulingProV2RouterSchedulerSessionPerformance")


@_attrs_define
class SchedulingProV2RouterSchedulerSessionPerformance:
    """
    Attributes:
        opened_count (int):
        scheduler_id (None | str | Unset):
    """

    opened_count: int
    scheduler_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "openedCount",
        "schedulerId",
    )

    def to_dict(self) -> dict[str, Any]:
        opened_count = self.opened_count

        scheduler_id: None | str | Unset
        if isinstance(self.scheduler_id, Unset):
            scheduler_id = UNSET
        else:
            scheduler_id = self.scheduler_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openedCount": opened_count,
            }
        )
        if scheduler_id is not UNSET:
            field_dict["schedulerId"] = scheduler_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        opened_count = d.pop("openedCount")

        scheduler_id = d.pop("schedulerId", UNSET)

        scheduling_pro_v2_router_scheduler_session_performance = cls(
            opened_count,
            scheduler_id,
        )

        scheduling_pro_v2_router_scheduler_session_performance.additional_properties = (
            dict(d)
        )
        return scheduling_pro_v2_router_scheduler_session_performance

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
