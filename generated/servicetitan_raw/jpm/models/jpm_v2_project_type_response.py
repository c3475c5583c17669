from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JpmV2ProjectTypeResponse")


@_attrs_define
class JpmV2ProjectTypeResponse:
    """
    Attributes:
        description (str):
        id (int):
        name (str):
        created_by_id (int | None | Unset):
    """

    description: str
    id: int
    name: str
    created_by_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "description",
        "id",
        "name",
        "createdById",
    )

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        name = self.name

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
            }
        )
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        created_by_id = d.pop("createdById", UNSET)

        jpm_v2_project_type_response = cls(
            description,
            id,
            name,
            created_by_id,
        )

        jpm_v2_project_type_response.additional_properties = dict(d)
        return jpm_v2_project_type_response

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
