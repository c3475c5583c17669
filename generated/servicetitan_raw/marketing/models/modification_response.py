from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ModificationResponse")


@_attrs_define
class ModificationResponse:
    """Default response when creating object with a new ID, or updating object by specified ID.

    Attributes:
        id (int): The ID of created/updated object
    """

    id: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        modification_response = cls(
            id=id,
        )

        return modification_response
