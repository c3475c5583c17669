from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "accountName",
        "cost",
    )

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            account_name,
            cost,
        )

        pricebook_v2_sku_vendor_sub_account_request.additional_properties = dict(d)
        return pricebook_v2_sku_vendor_sub_account_request

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
