from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.pricebook_v2_equipment_recommendation_type import (
    PricebookV2EquipmentRecommendationType,
)

T = TypeVar("T", bound="PricebookV2EquipmentRecommendationResponse")


@_attrs_define
class PricebookV2EquipmentRecommendationResponse:
    """
    Attributes:
        sku_id (int): SKU unique identifier
        type_ (PricebookV2EquipmentRecommendationType):
    """

    sku_id: int
    type_: PricebookV2EquipmentRecommendationType

    def to_dict(self) -> dict[str, Any]:
        sku_id = self.sku_id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "skuId": sku_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sku_id = d.pop("skuId")

        type_ = PricebookV2EquipmentRecommendationType(d.pop("type"))

        pricebook_v2_equipment_recommendation_response = cls(
            sku_id=sku_id,
            type_=type_,
        )

        return pricebook_v2_equipment_recommendation_response
