from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PricebookV2SkuLinkResponse")


@_attrs_define
class PricebookV2SkuLinkResponse:
    """
    Attributes:
        quantity (float):
        sku_id (int):
    """

    quantity: float
    sku_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "quantity",
        "skuId",
    )

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        sku_id = self.sku_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "skuId": sku_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        pricebook_v2_sku_link_response = cls(
            quantity,
            sku_id,
        )

        pricebook_v2_sku_link_response.additional_properties = dict(d)
        return pricebook_v2_sku_link_response

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
