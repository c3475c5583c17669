from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ModuleTelecomSharedTagResponseModel")


@_attrs_define
class ModuleTelecomSharedTagResponseModel:
    """
    Attributes:
        id (int):
        type_name (str):
    """

    id: int
    type_name: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_name = self.type_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "typeName": type_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_name = d.pop("typeName")

        module_telecom_shared_tag_response_model = cls(
            id=id,
            type_name=type_name,
        )

        return module_telecom_shared_tag_response_model
