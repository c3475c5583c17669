from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JpmV2ProjectSubStatusResponse")


@_attrs_define
class JpmV2ProjectSubStatusResponse:
    """
    Attributes:
        active (bool):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        order (int):
        status_id (int):
    """

    active: bool
    id: int
    modified_on: datetime.datetime
    name: str
    order: int
    status_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "id",
        "modifiedOn",
        "name",
        "order",
        "statusId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        order = self.order

        status_id = self.status_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "order": order,
                "statusId": status_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        order = d.pop("order")

        status_id = d.pop("statusId")

        jpm_v2_project_sub_status_response = cls(
            active,
            id,
            modified_on,
            name,
            order,
            status_id,
        )

        jpm_v2_project_sub_status_response.additional_properties = dict(d)
        return jpm_v2_project_sub_status_response

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
