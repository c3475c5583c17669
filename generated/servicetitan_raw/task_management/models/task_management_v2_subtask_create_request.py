from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskManagementV2SubtaskCreateRequest")


@_attrs_define
class TaskManagementV2SubtaskCreateRequest:
    """
    Attributes:
        assigned_to_id (int):
        is_closed (bool):
        name (str):
        due_date_time (datetime.datetime | None | Unset):
    """

    assigned_to_id: int
    is_closed: bool
    name: str
    due_date_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "assignedToId",
        "isClosed",
        "name",
        "dueDateTime",
    )

    def to_dict(self) -> dict[str, Any]:
        assigned_to_id = self.assigned_to_id

        is_closed = self.is_closed

        name = self.name

        due_date_time: None | str | Unset
        if isinstance(self.due_date_time, Unset):
            due_date_time = UNSET
        elif isinstance(self.due_date_time, datetime.datetime):
            due_date_time = self.due_date_time.isoformat()
        else:
            due_date_time = self.due_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignedToId": assigned_to_id,
                "isClosed": is_closed,
                "name": name,
            }
        )
        if due_date_time is not UNSET:
            field_dict["dueDateTime"] = due_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assigned_to_id = d.pop("assignedToId")

        is_closed = d.pop("isClosed")

        name = d.pop("name")

        due_date_time = d.pop("dueDateTime", UNSET)
        if due_date_time is not None and not isinstance(due_date_time, Unset):
            if not isinstance(due_date_time, str):
                raise TypeError()
            due_date_time_type_0 = datetime.datetime.fromisoformat(due_date_time)

            due_date_time = due_date_time_type_0

        task_management_v2_subtask_create_request = cls(
            assigned_to_id,
            is_closed,
            name,
            due_date_time,
        )

        task_management_v2_subtask_create_request.additional_properties = dict(d)
        return task_management_v2_subtask_create_request

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
