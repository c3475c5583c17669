from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MembershipsMembershipTypeModel")


@_attrs_define
class MembershipsMembershipTypeModel:
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

        memberships_membership_type_model = cls(
            active=active,
            id=id,
            name=name,
        )

        return memberships_membership_type_model
