from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_management_v2_task_resolution_type import (
    TaskManagementV2TaskResolutionType,
)

T = TypeVar("T", bound="TaskManagementV2ClientSideTaskResolutionResponse")


@_attrs_define
class TaskManagementV2ClientSideTaskResolutionResponse:
    """
    Attributes:
        active (bool):
        excluded_task_type_ids (list[int]):
        id (int):
        name (str):
        type_ (TaskManagementV2TaskResolutionType):
    """

    active: bool
    excluded_task_type_ids: list[int]
    id: int
    name: str
    type_: TaskManagementV2TaskResolutionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "excludedTaskTypeIds",
        "id",
        "name",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        excluded_task_type_ids = self.excluded_task_type_ids

        id = self.id

        name = self.name

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "excludedTaskTypeIds": excluded_task_type_ids,
                "id": id,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        excluded_task_type_ids = d.pop("excludedTaskTypeIds")

        id = d.pop("id")

        name = d.pop("name")

        type_ = TaskManagementV2TaskResolutionType(d.pop("type"))

        task_management_v2_client_side_task_resolution_response = cls(
            active,
            excluded_task_type_ids,
            id,
            name,
            type_,
        )

        task_management_v2_client_side_task_resolution_response.additional_properties = dict(
            d
        )
        return task_management_v2_client_side_task_resolution_response

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
