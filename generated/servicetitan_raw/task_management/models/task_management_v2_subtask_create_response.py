from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskManagementV2SubtaskCreateResponse")


@_attrs_define
class TaskManagementV2SubtaskCreateResponse:
    """
    Attributes:
        assigned_date_time (datetime.datetime):
        assigned_to_id (int):
        created_on (datetime.datetime):
        is_closed (bool):
        is_viewed (bool):
        name (str):
        parent_task_id (int):
        subtask_number (str):
        due_date_time (datetime.datetime | None | Unset):
    """

    assigned_date_time: datetime.datetime
    assigned_to_id: int
    created_on: datetime.datetime
    is_closed: bool
    is_viewed: bool
    name: str
    parent_task_id: int
    subtask_number: str
    due_date_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "assignedDateTime",
        "assignedToId",
        "createdOn",
        "isClosed",
        "isViewed",
        "name",
        "parentTaskId",
        "subtaskNumber",
        "dueDateTime",
    )

    def to_dict(self) -> dict[str, Any]:
        assigned_date_time = self.assigned_date_time.isoformat()

        assigned_to_id = self.assigned_to_id

        created_on = self.created_on.isoformat()

        is_closed = self.is_closed

        is_viewed = self.is_viewed

        name = self.name

        parent_task_id = self.parent_task_id

        subtask_number = self.subtask_number

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
                "assignedDateTime": assigned_date_time,
                "assignedToId": assigned_to_id,
                "createdOn": created_on,
                "isClosed": is_closed,
                "isViewed": is_viewed,
                "name": name,
                "parentTaskId": parent_task_id,
                "subtaskNumber": subtask_number,
            }
        )
        if due_date_time is not UNSET:
            field_dict["dueDateTime"] = due_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assigned_date_time = datetime.datetime.fromisoformat(d.pop("assignedDateTime"))

        assigned_to_id = d.pop("assignedToId")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        is_closed = d.pop("isClosed")

        is_viewed = d.pop("isViewed")

        name = d.pop("name")

        parent_task_id = d.pop("parentTaskId")

        subtask_number = d.pop("subtaskNumber")

        due_date_time = d.pop("dueDateTime", UNSET)
        if due_date_time is not None and not isinstance(due_date_time, Unset):
            if not isinstance(due_date_time, str):
                raise TypeError()
            due_date_time_type_0 = datetime.datetime.fromisoformat(due_date_time)

            due_date_time = due_date_time_type_0

        task_management_v2_subtask_create_response = cls(
            assigned_date_time,
            assigned_to_id,
            created_on,
            is_closed,
            is_viewed,
            name,
            parent_task_id,
            subtask_number,
            due_date_time,
        )

        task_management_v2_subtask_create_response.additional_properties = dict(d)
        return task_management_v2_subtask_create_response

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
