from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskManagementV2ClientSideEmployeeResponse")


@_attrs_define
class TaskManagementV2ClientSideEmployeeResponse:
    """
    Attributes:
        active (bool):
        id (int):
        name (str):
    """

    active: bool
    id: int
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "id",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        task_management_v2_client_side_employee_response = cls(
            active,
            id,
            name,
        )

        task_management_v2_client_side_employee_response.additional_properties = dict(d)
        return task_management_v2_client_side_employee_response

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
