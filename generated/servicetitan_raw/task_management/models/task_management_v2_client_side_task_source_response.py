from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaskManagementV2ClientSideTaskSourceResponse")


@_attrs_define
class TaskManagementV2ClientSideTaskSourceResponse:
    """
    Attributes:
        active (bool):
        id (int):
        name (str):
    """

    active: bool
    id: int
    name: str

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "active": active,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        id = d.pop("id")

        name = d.pop("name")

        task_management_v2_client_side_task_source_response = cls(
            active=active,
            id=id,
            name=name,
        )

        return task_management_v2_client_side_task_source_response
