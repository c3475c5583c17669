from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jpm_v2_job_scheduling_tool import JpmV2JobSchedulingTool
from ..types import UNSET, Unset

T = TypeVar("T", bound="JpmV2ExportJobHistoryEntry")


@_attrs_define
class JpmV2ExportJobHistoryEntry:
    """
    Attributes:
        date (datetime.datetime):
        event_type (str):
        id (int):
        used_scheduling_tool (JpmV2JobSchedulingTool):
        employee_id (int | None | Unset):
    """

    date: datetime.datetime
    event_type: str
    id: int
    used_scheduling_tool: JpmV2JobSchedulingTool
    employee_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "date",
        "eventType",
        "id",
        "usedSchedulingTool",
        "employeeId",
    )

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        event_type = self.event_type

        id = self.id

        used_scheduling_tool = self.used_scheduling_tool.value

        employee_id: int | None | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        else:
            employee_id = self.employee_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "eventType": event_type,
                "id": id,
                "usedSchedulingTool": used_scheduling_tool,
            }
        )
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = datetime.datetime.fromisoformat(d.pop("date"))

        event_type = d.pop("eventType")

        id = d.pop("id")

        used_scheduling_tool = JpmV2JobSchedulingTool(d.pop("usedSchedulingTool"))

        employee_id = d.pop("employeeId", UNSET)

        jpm_v2_export_job_history_entry = cls(
            date,
            event_type,
            id,
            used_scheduling_tool,
            employee_id,
        )

        jpm_v2_export_job_history_entry.additional_properties = dict(d)
        return jpm_v2_export_job_history_entry

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
