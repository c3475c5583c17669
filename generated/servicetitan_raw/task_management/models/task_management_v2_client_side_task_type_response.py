from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaskManagementV2ClientSideTaskTypeResponse")


@_attrs_define
class TaskManagementV2ClientSideTaskTypeResponse:
    """
    Attributes:
        active (bool):
        excluded_task_resolution_ids (list[int]):
        id (int):
        name (str):
    """

    active: bool
    excluded_task_resolution_ids: list[int]
    id: int
    name: str

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        excluded_task_resolution_ids = self.excluded_task_resolution_ids

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "active": active,
                "excludedTaskResolutionIds": excluded_task_resolution_ids,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        excluded_task_resolution_ids = cast(
            list[int], d.pop("excludedTaskResolutionIds")
        )

        id = d.pop("id")

        name = d.pop("name")

        task_management_v2_client_side_task_type_response = cls(
            active=active,
            excluded_task_resolution_ids=excluded_task_resolution_ids,
            id=id,
            name=name,
        )

        return task_management_v2_client_side_task_type_response
