from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PricebookV2SkuLinkResponse")


@_attrs_define
class PricebookV2SkuLinkResponse:
    """
    Attributes:
        quantity (float): Quantity of linked SKUs
        sku_id (int): Linked SKU unique id
    """

    quantity: float
    sku_id: int

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        sku_id = self.sku_id

        field_dict: dict[str, Any] = {}

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
            quantity=quantity,
            sku_id=sku_id,
        )

        return pricebook_v2_sku_link_response
