from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.task_management_contracts_api_models_tasks_sub_task_get import (
        TaskManagementContractsApiModelsTasksSubTaskGet,
    )


T = TypeVar("T", bound="TaskManagementContractsApiModelsTasksSubTasksInfo")


@_attrs_define
class TaskManagementContractsApiModelsTasksSubTasksInfo:
    """
    Attributes:
        count (int):
        sub_tasks (list[TaskManagementContractsApiModelsTasksSubTaskGet]):
    """

    count: int
    sub_tasks: list[TaskManagementContractsApiModelsTasksSubTaskGet]

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        sub_tasks = []
        for sub_tasks_item_data in self.sub_tasks:
            sub_tasks_item = sub_tasks_item_data.to_dict()
            sub_tasks.append(sub_tasks_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "count": count,
                "subTasks": sub_tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_management_contracts_api_models_tasks_sub_task_get import (
            TaskManagementContractsApiModelsTasksSubTaskGet,
        )

        d = dict(src_dict)
        count = d.pop("count")

        sub_tasks = []
        _sub_tasks = d.pop("subTasks")
        for sub_tasks_item_data in _sub_tasks:
            sub_tasks_item = TaskManagementContractsApiModelsTasksSubTaskGet.from_dict(
                sub_tasks_item_data
            )

            sub_tasks.append(sub_tasks_item)

        task_management_contracts_api_models_tasks_sub_tasks_info = cls(
            count=count,
            sub_tasks=sub_tasks,
        )

        return task_management_contracts_api_models_tasks_sub_tasks_info
