from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PricebookV2SkuVendorSubAccountRequest")


@_attrs_define
class PricebookV2SkuVendorSubAccountRequest:
    """
    Attributes:
        account_name (str):
        cost (float):
    """

    account_name: str
    cost: float

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        cost = self.cost

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountName": account_name,
                "cost": cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_name = d.pop("accountName")

        cost = d.pop("cost")

        pricebook_v2_sku_vendor_sub_account_request = cls(
            account_name=account_name,
            cost=cost,
        )

        return pricebook_v2_sku_vendor_sub_account_request
