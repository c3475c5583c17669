from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricebook_v2_equipment_recommendation_type import (
    PricebookV2EquipmentRecommendationType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricebookV2EquipmentRecommendationBulkCreateRequest")


@_attrs_define
class PricebookV2EquipmentRecommendationBulkCreateRequest:
    """
    Attributes:
        type_ (PricebookV2EquipmentRecommendationType):
        custom_id (None | str | Unset):
        sku_id (int | None | Unset):
    """

    type_: PricebookV2EquipmentRecommendationType
    custom_id: None | str | Unset = UNSET
    sku_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "type",
        "customId",
        "skuId",
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        sku_id: int | None | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = PricebookV2EquipmentRecommendationType(d.pop("type"))

        custom_id = d.pop("customId", UNSET)

        sku_id = d.pop("skuId", UNSET)

        pricebook_v2_equipment_recommendation_bulk_create_request = cls(
            type_,
            custom_id,
            sku_id,
        )

        pricebook_v2_equipment_recommendation_bulk_create_request.additional_properties = dict(
            d
        )
        return pricebook_v2_equipment_recommendation_bulk_create_request

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
