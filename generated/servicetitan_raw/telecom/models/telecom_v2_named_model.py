from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TelecomV2NamedModel")


@_attrs_define
class TelecomV2NamedModel:
    """
    Attributes:
        id (int): The ID of the entity
        name (str): The name of the entity
    """

    id: int
    name: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        telecom_v2_named_model = cls(
            id=id,
            name=name,
        )

        return telecom_v2_named_model
