from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "count",
        "subTasks",
    )

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        sub_tasks = []
        for sub_tasks_item_data in self.sub_tasks:
            sub_tasks_item = sub_tasks_item_data.to_dict()
            sub_tasks.append(sub_tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "subTasks": sub_tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count")

        sub_tasks = [
            _models.TaskManagementContractsApiModelsTasksSubTaskGet.from_dict(
                sub_tasks_item_data
            )
            for sub_tasks_item_data in d.pop("subTasks")
        ]

        task_management_contracts_api_models_tasks_sub_tasks_info = cls(
            count,
            sub_tasks,
        )

        task_management_contracts_api_models_tasks_sub_tasks_info.additional_properties = dict(
            d
        )
        return task_management_contracts_api_models_tasks_sub_tasks_info

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
