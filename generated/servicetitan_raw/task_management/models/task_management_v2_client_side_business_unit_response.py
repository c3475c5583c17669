from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaskManagementV2ClientSideBusinessUnitResponse")


@_attrs_define
class TaskManagementV2ClientSideBusinessUnitResponse:
    """
    Attributes:
        name (str):
        value (int):
    """

    name: str
    value: int

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value")

        task_management_v2_client_side_business_unit_response = cls(
            name=name,
            value=value,
        )

        return task_management_v2_client_side_business_unit_response
