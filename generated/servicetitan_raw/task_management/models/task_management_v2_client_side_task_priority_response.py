from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaskManagementV2ClientSideTaskPriorityResponse")


@_attrs_define
class TaskManagementV2ClientSideTaskPriorityResponse:
    """
    Attributes:
        name (str):
    """

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        task_management_v2_client_side_task_priority_response = cls(
            name=name,
        )

        return task_management_v2_client_side_task_priority_response
