from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PricebookV2SkuVendorSubAccountResponse")


@_attrs_define
class PricebookV2SkuVendorSubAccountResponse:
    """
    Attributes:
        account_name (str):
        cost (float):
        id (int):
    """

    account_name: str
    cost: float
    id: int

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        cost = self.cost

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountName": account_name,
                "cost": cost,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_name = d.pop("accountName")

        cost = d.pop("cost")

        id = d.pop("id")

        pricebook_v2_sku_vendor_sub_account_response = cls(
            account_name=account_name,
            cost=cost,
            id=id,
        )

        return pricebook_v2_sku_vendor_sub_account_response
