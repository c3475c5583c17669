from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PricebookV2CustomIdMappingModel")


@_attrs_define
class PricebookV2CustomIdMappingModel:
    """
    Attributes:
        custom_id (str):
        id (int):
    """

    custom_id: str
    id: int

    def to_dict(self) -> dict[str, Any]:
        custom_id = self.custom_id

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customId": custom_id,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_id = d.pop("customId")

        id = d.pop("id")

        pricebook_v2_custom_id_mapping_model = cls(
            custom_id=custom_id,
            id=id,
        )

        return pricebook_v2_custom_id_mapping_model
