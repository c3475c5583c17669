from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_management_contracts_api_models_tasks_task_comment import (
        TaskManagementContractsApiModelsTasksTaskComment,
    )


T = TypeVar("T", bound="TaskManagementContractsApiModelsTasksSubTaskGet")


@_attrs_define
class TaskManagementContractsApiModelsTasksSubTaskGet:
    """
    Attributes:
        active (bool):
        assigned_date_time (datetime.datetime):
        comments (list[TaskManagementContractsApiModelsTasksTaskComment]):
        created_on (datetime.datetime):
        is_closed (bool):
        is_viewed (bool):
        name (str):
        subtask_number (int):
        assigned_to_id (int | None | Unset):
        closed_on (datetime.datetime | None | Unset):
        due_date_time (datetime.datetime | None | Unset):
        reported_by_id (int | None | Unset):
    """

    active: bool
    assigned_date_time: datetime.datetime
    comments: list[TaskManagementContractsApiModelsTasksTaskComment]
    created_on: datetime.datetime
    is_closed: bool
    is_viewed: bool
    name: str
    subtask_number: int
    assigned_to_id: int | None | Unset = UNSET
    closed_on: datetime.datetime | None | Unset = UNSET
    due_date_time: datetime.datetime | None | Unset = UNSET
    reported_by_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "assignedDateTime",
        "comments",
        "createdOn",
        "isClosed",
        "isViewed",
        "name",
        "subtaskNumber",
        "assignedToId",
        "closedOn",
        "dueDateTime",
        "reportedById",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        assigned_date_time = self.assigned_date_time.isoformat()

        comments = []
        for comments_item_data in self.comments:
            comments_item = comments_item_data.to_dict()
            comments.append(comments_item)

        created_on = self.created_on.isoformat()

        is_closed = self.is_closed

        is_viewed = self.is_viewed

        name = self.name

        subtask_number = self.subtask_number

        assigned_to_id: int | None | Unset
        if isinstance(self.assigned_to_id, Unset):
            assigned_to_id = UNSET
        else:
            assigned_to_id = self.assigned_to_id

        closed_on: None | str | Unset
        if isinstance(self.closed_on, Unset):
            closed_on = UNSET
        elif isinstance(self.closed_on, datetime.datetime):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        due_date_time: None | str | Unset
        if isinstance(self.due_date_time, Unset):
            due_date_time = UNSET
        elif isinstance(self.due_date_time, datetime.datetime):
            due_date_time = self.due_date_time.isoformat()
        else:
            due_date_time = self.due_date_time

        reported_by_id: int | None | Unset
        if isinstance(self.reported_by_id, Unset):
            reported_by_id = UNSET
        else:
            reported_by_id = self.reported_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "assignedDateTime": assigned_date_time,
                "comments": comments,
                "createdOn": created_on,
                "isClosed": is_closed,
                "isViewed": is_viewed,
                "name": name,
                "subtaskNumber": subtask_number,
            }
        )
        if assigned_to_id is not UNSET:
            field_dict["assignedToId"] = assigned_to_id
        if closed_on is not UNSET:
            field_dict["closedOn"] = closed_on
        if due_date_time is not UNSET:
            field_dict["dueDateTime"] = due_date_time
        if reported_by_id is not UNSET:
            field_dict["reportedById"] = reported_by_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        assigned_date_time = datetime.datetime.fromisoformat(d.pop("assignedDateTime"))

        comments = [
            _models.TaskManagementContractsApiModelsTasksTaskComment.from_dict(
                comments_item_data
            )
            for comments_item_data in d.pop("comments")
        ]

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        is_closed = d.pop("isClosed")

        is_viewed = d.pop("isViewed")

        name = d.pop("name")

        subtask_number = d.pop("subtaskNumber")

        assigned_to_id = d.pop("assignedToId", UNSET)

        closed_on = d.pop("closedOn", UNSET)
        if closed_on is not None and not isinstance(closed_on, Unset):
            if not isinstance(closed_on, str):
                raise TypeError()
            closed_on_type_0 = datetime.datetime.fromisoformat(closed_on)

            closed_on = closed_on_type_0

        due_date_time = d.pop("dueDateTime", UNSET)
        if due_date_time is not None and not isinstance(due_date_time, Unset):
            if not isinstance(due_date_time, str):
                raise TypeError()
            due_date_time_type_0 = datetime.datetime.fromisoformat(due_date_time)

            due_date_time = due_date_time_type_0

        reported_by_id = d.pop("reportedById", UNSET)

        task_management_contracts_api_models_tasks_sub_task_get = cls(
            active,
            assigned_date_time,
            comments,
            created_on,
            is_closed,
            is_viewed,
            name,
            subtask_number,
            assigned_to_id,
            closed_on,
            due_date_time,
            reported_by_id,
        )

        task_management_contracts_api_models_tasks_sub_task_get.additional_properties = dict(
            d
        )
        return task_management_contracts_api_models_tasks_sub_task_get

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
