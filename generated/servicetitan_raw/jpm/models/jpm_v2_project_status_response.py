from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JpmV2ProjectStatusResponse")


@_attrs_define
class JpmV2ProjectStatusResponse:
    """
    Attributes:
        id (int):
        modified_on (datetime.datetime):
        name (str):
        order (int):
    """

    id: int
    modified_on: datetime.datetime
    name: str
    order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "modifiedOn",
        "name",
        "order",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        order = d.pop("order")

        jpm_v2_project_status_response = cls(
            id,
            modified_on,
            name,
            order,
        )

        jpm_v2_project_status_response.additional_properties = dict(d)
        return jpm_v2_project_status_response

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
