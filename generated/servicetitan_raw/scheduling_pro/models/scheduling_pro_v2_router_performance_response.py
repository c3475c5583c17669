from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.scheduling_pro_v2_router_scheduler_session_performance import (
        SchedulingProV2RouterSchedulerSessionPerformance,
    )


T = TypeVar("T", bound="SchedulingProV2RouterPerformanceResponse")


@_attrs_define
class SchedulingProV2RouterPerformanceResponse:
    """
    Attributes:
        id (str):
        interacted_count (int):
        opened_count (int):
        session_count_by_scheduler_id (list[SchedulingProV2RouterSchedulerSessionPerformance]):
    """

    id: str
    interacted_count: int
    opened_count: int
    session_count_by_scheduler_id: list[
        SchedulingProV2RouterSchedulerSessionPerformance
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "interactedCount",
        "openedCount",
        "sessionCountBySchedulerId",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        interacted_count = self.interacted_count

        opened_count = self.opened_count

        session_count_by_scheduler_id = []
        for (
            session_count_by_scheduler_id_item_data
        ) in self.session_count_by_scheduler_id:
            session_count_by_scheduler_id_item = (
                session_count_by_scheduler_id_item_data.to_dict()
            )
            session_count_by_scheduler_id.append(session_count_by_scheduler_id_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "interactedCount": interacted_count,
                "openedCount": opened_count,
                "sessionCountBySchedulerId": session_count_by_scheduler_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        interacted_count = d.pop("interactedCount")

        opened_count = d.pop("openedCount")

        session_count_by_scheduler_id = [
            _models.SchedulingProV2RouterSchedulerSessionPerformance.from_dict(
                session_count_by_scheduler_id_item_data
            )
            for session_count_by_scheduler_id_item_data in d.pop(
                "sessionCountBySchedulerId"
            )
        ]

        scheduling_pro_v2_router_performance_response = cls(
            id,
            interacted_count,
            opened_count,
            session_count_by_scheduler_id,
        )

        scheduling_pro_v2_router_performance_response.additional_properties = dict(d)
        return scheduling_pro_v2_router_performance_response

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
