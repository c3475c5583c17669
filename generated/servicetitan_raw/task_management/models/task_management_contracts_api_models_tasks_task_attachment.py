from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaskManagementContractsApiModelsTasksTaskAttachment")


@_attrs_define
class TaskManagementContractsApiModelsTasksTaskAttachment:
    """
    Attributes:
        filename (str):
        url (str):
    """

    filename: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filename": filename,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename")

        url = d.pop("url")

        task_management_contracts_api_models_tasks_task_attachment = cls(
            filename=filename,
            url=url,
        )

        return task_management_contracts_api_models_tasks_task_attachment
