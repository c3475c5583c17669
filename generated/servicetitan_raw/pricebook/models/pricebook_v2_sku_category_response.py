from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PricebookV2SkuCategoryResponse")


@_attrs_define
class PricebookV2SkuCategoryResponse:
    """
    Attributes:
        active (bool): Active shows if the Category is active or inactive
        id (int): Unique Category Id
        name (str): Category name
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

        pricebook_v2_sku_category_response = cls(
            active=active,
            id=id,
            name=name,
        )

        return pricebook_v2_sku_category_response
