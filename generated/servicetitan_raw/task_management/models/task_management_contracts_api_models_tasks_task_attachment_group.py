from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.task_management_contracts_api_models_tasks_task_attachment import (
        TaskManagementContractsApiModelsTasksTaskAttachment,
    )


T = TypeVar("T", bound="TaskManagementContractsApiModelsTasksTaskAttachmentGroup")


@_attrs_define
class TaskManagementContractsApiModelsTasksTaskAttachmentGroup:
    """
    Attributes:
        count (int):
        created_by (int):
        created_on (datetime.datetime):
        files (list[TaskManagementContractsApiModelsTasksTaskAttachment]):
    """

    count: int
    created_by: int
    created_on: datetime.datetime
    files: list[TaskManagementContractsApiModelsTasksTaskAttachment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "count",
        "createdBy",
        "createdOn",
        "files",
    )

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        created_by = self.created_by

        created_on = self.created_on.isoformat()

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "createdBy": created_by,
                "createdOn": created_on,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count")

        created_by = d.pop("createdBy")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        files = [
            _models.TaskManagementContractsApiModelsTasksTaskAttachment.from_dict(
                files_item_data
            )
            for files_item_data in d.pop("files")
        ]

        task_management_contracts_api_models_tasks_task_attachment_group = cls(
            count,
            created_by,
            created_on,
            files,
        )

        task_management_contracts_api_models_tasks_task_attachment_group.additional_properties = dict(
            d
        )
        return task_management_contracts_api_models_tasks_task_attachment_group

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
