from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_sku_vendor_sub_account_request import (
        PricebookV2SkuVendorSubAccountRequest,
    )


T = TypeVar("T", bound="PricebookV2SkuVendorRequest")


@_attrs_define
class PricebookV2SkuVendorRequest:
    """
    Attributes:
        active (bool):
        cost (float):
        vendor_id (int):
        memo (None | str | Unset):
        other_sub_accounts (list[PricebookV2SkuVendorSubAccountRequest] | None | Unset):
        primary_sub_account (None | PricebookV2SkuVendorSubAccountRequest | Unset):
        vendor_part (None | str | Unset):
    """

    active: bool
    cost: float
    vendor_id: int
    memo: None | str | Unset = UNSET
    other_sub_accounts: list[PricebookV2SkuVendorSubAccountRequest] | None | Unset = (
        UNSET
    )
    primary_sub_account: None | PricebookV2SkuVendorSubAccountRequest | Unset = UNSET
    vendor_part: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "cost",
        "vendorId",
        "memo",
        "otherSubAccounts",
        "primarySubAccount",
        "vendorPart",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricebook_v2_sku_vendor_sub_account_request import (
            PricebookV2SkuVendorSubAccountRequest,
        )

        active = self.active

        cost = self.cost

        vendor_id = self.vendor_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        other_sub_accounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.other_sub_accounts, Unset):
            other_sub_accounts = UNSET
        elif isinstance(self.other_sub_accounts, list):
            other_sub_accounts = []
            for other_sub_accounts_type_0_item_data in self.other_sub_accounts:
                other_sub_accounts_type_0_item = (
                    other_sub_accounts_type_0_item_data.to_dict()
                )
                other_sub_accounts.append(other_sub_accounts_type_0_item)

        else:
            other_sub_accounts = self.other_sub_accounts

        primary_sub_account: dict[str, Any] | None | Unset
        if isinstance(self.primary_sub_account, Unset):
            primary_sub_account = UNSET
        elif isinstance(
            self.primary_sub_account, PricebookV2SkuVendorSubAccountRequest
        ):
            primary_sub_account = self.primary_sub_account.to_dict()
        else:
            primary_sub_account = self.primary_sub_account

        vendor_part: None | str | Unset
        if isinstance(self.vendor_part, Unset):
            vendor_part = UNSET
        else:
            vendor_part = self.vendor_part

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "cost": cost,
                "vendorId": vendor_id,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if other_sub_accounts is not UNSET:
            field_dict["otherSubAccounts"] = other_sub_accounts
        if primary_sub_account is not UNSET:
            field_dict["primarySubAccount"] = primary_sub_account
        if vendor_part is not UNSET:
            field_dict["vendorPart"] = vendor_part

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        cost = d.pop("cost")

        vendor_id = d.pop("vendorId")

        memo = d.pop("memo", UNSET)

        other_sub_accounts = d.pop("otherSubAccounts", UNSET)
        if other_sub_accounts is not None and not isinstance(other_sub_accounts, Unset):
            if not isinstance(other_sub_accounts, list):
                raise TypeError()
            other_sub_accounts_type_0 = [
                _models.PricebookV2SkuVendorSubAccountRequest.from_dict(
                    other_sub_accounts_type_0_item_data
                )
                for other_sub_accounts_type_0_item_data in other_sub_accounts
            ]

            other_sub_accounts = other_sub_accounts_type_0

        primary_sub_account = d.pop("primarySubAccount", UNSET)
        if primary_sub_account is not None and not isinstance(
            primary_sub_account, Unset
        ):
            if not isinstance(primary_sub_account, dict):
                raise TypeError()
            primary_sub_account_type_0 = (
                _models.PricebookV2SkuVendorSubAccountRequest.from_dict(
                    primary_sub_account
                )
            )

            primary_sub_account = primary_sub_account_type_0

        vendor_part = d.pop("vendorPart", UNSET)

        pricebook_v2_sku_vendor_request = cls(
            active,
            cost,
            vendor_id,
            memo,
            other_sub_accounts,
            primary_sub_account,
            vendor_part,
        )

        pricebook_v2_sku_vendor_request.additional_properties = dict(d)
        return pricebook_v2_sku_vendor_request

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
