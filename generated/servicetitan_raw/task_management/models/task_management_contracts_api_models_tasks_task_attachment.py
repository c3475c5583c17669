from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "filename",
        "url",
    )

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            filename,
            url,
        )

        task_management_contracts_api_models_tasks_task_attachment.additional_properties = dict(
            d
        )
        return task_management_contracts_api_models_tasks_task_attachment

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
