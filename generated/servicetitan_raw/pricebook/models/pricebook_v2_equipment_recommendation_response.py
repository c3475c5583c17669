from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricebook_v2_equipment_recommendation_type import (
    PricebookV2EquipmentRecommendationType,
)

T = TypeVar("T", bound="PricebookV2EquipmentRecommendationResponse")


@_attrs_define
class PricebookV2EquipmentRecommendationResponse:
    """
    Attributes:
        sku_id (int):
        type_ (PricebookV2EquipmentRecommendationType):
    """

    sku_id: int
    type_: PricebookV2EquipmentRecommendationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "skuId",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        sku_id = self.sku_id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            sku_id,
            type_,
        )

        pricebook_v2_equipment_recommendation_response.additional_properties = dict(d)
        return pricebook_v2_equipment_recommendation_response

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
