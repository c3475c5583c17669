from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.pricebook_v2_price_modifier_amount_type import (
    PricebookV2PriceModifierAmountType,
)
from ..models.pricebook_v2_price_modifier_type import PricebookV2PriceModifierType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_external_data_update_request import (
        PricebookV2ExternalDataUpdateRequest,
    )
    from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest


T = TypeVar("T", bound="PricebookV2DiscountAndFeesBulkUpdateRequest")


@_attrs_define
class PricebookV2DiscountAndFeesBulkUpdateRequest:
    """
    Attributes:
        account (str):
        active (bool):
        amount (float):
        amount_type (PricebookV2PriceModifierAmountType):
        assets (list[PricebookV2SkuAssetRequest]):
        bonus (float):
        budget_cost_code (str):
        budget_cost_type (str):
        categories (list[int]):
        code (str):
        commission_bonus (float):
        cross_sale_group (str):
        description (str):
        display_name (str):
        exclude_from_payroll (bool):
        hours (float):
        id (int):
        intacct_gl_group_account (str):
        limit (float):
        pays_commission (bool):
        taxable (bool):
        type_ (PricebookV2PriceModifierType):
        external_data (None | PricebookV2ExternalDataUpdateRequest | Unset):
    """

    account: str
    active: bool
    amount: float
    amount_type: PricebookV2PriceModifierAmountType
    assets: list[PricebookV2SkuAssetRequest]
    bonus: float
    budget_cost_code: str
    budget_cost_type: str
    categories: list[int]
    code: str
    commission_bonus: float
    cross_sale_group: str
    description: str
    display_name: str
    exclude_from_payroll: bool
    hours: float
    id: int
    intacct_gl_group_account: str
    limit: float
    pays_commission: bool
    taxable: bool
    type_: PricebookV2PriceModifierType
    external_data: None | PricebookV2ExternalDataUpdateRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "account",
        "active",
        "amount",
        "amountType",
        "assets",
        "bonus",
        "budgetCostCode",
        "budgetCostType",
        "categories",
        "code",
        "commissionBonus",
        "crossSaleGroup",
        "description",
        "displayName",
        "excludeFromPayroll",
        "hours",
        "id",
        "intacctGlGroupAccount",
        "limit",
        "paysCommission",
        "taxable",
        "type",
        "externalData",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricebook_v2_external_data_update_request import (
            PricebookV2ExternalDataUpdateRequest,
        )

        account = self.account

        active = self.active

        amount = self.amount

        amount_type = self.amount_type.value

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        bonus = self.bonus

        budget_cost_code = self.budget_cost_code

        budget_cost_type = self.budget_cost_type

        categories = self.categories

        code = self.code

        commission_bonus = self.commission_bonus

        cross_sale_group = self.cross_sale_group

        description = self.description

        display_name = self.display_name

        exclude_from_payroll = self.exclude_from_payroll

        hours = self.hours

        id = self.id

        intacct_gl_group_account = self.intacct_gl_group_account

        limit = self.limit

        pays_commission = self.pays_commission

        taxable = self.taxable

        type_ = self.type_.value

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, PricebookV2ExternalDataUpdateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "active": active,
                "amount": amount,
                "amountType": amount_type,
                "assets": assets,
                "bonus": bonus,
                "budgetCostCode": budget_cost_code,
                "budgetCostType": budget_cost_type,
                "categories": categories,
                "code": code,
                "commissionBonus": commission_bonus,
                "crossSaleGroup": cross_sale_group,
                "description": description,
                "displayName": display_name,
                "excludeFromPayroll": exclude_from_payroll,
                "hours": hours,
                "id": id,
                "intacctGlGroupAccount": intacct_gl_group_account,
                "limit": limit,
                "paysCommission": pays_commission,
                "taxable": taxable,
                "type": type_,
            }
        )
        if external_data is not UNSET:
            field_dict["externalData"] = external_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account")

        active = d.pop("active")

        amount = d.pop("amount")

        amount_type = PricebookV2PriceModifierAmountType(d.pop("amountType"))

        assets = [
            _models.PricebookV2SkuAssetRequest.from_dict(assets_item_data)
            for assets_item_data in d.pop("assets")
        ]

        bonus = d.pop("bonus")

        budget_cost_code = d.pop("budgetCostCode")

        budget_cost_type = d.pop("budgetCostType")

        categories = d.pop("categories")

        code = d.pop("code")

        commission_bonus = d.pop("commissionBonus")

        cross_sale_group = d.pop("crossSaleGroup")

        description = d.pop("description")

        display_name = d.pop("displayName")

        exclude_from_payroll = d.pop("excludeFromPayroll")

        hours = d.pop("hours")

        id = d.pop("id")

        intacct_gl_group_account = d.pop("intacctGlGroupAccount")

        limit = d.pop("limit")

        pays_commission = d.pop("paysCommission")

        taxable = d.pop("taxable")

        type_ = PricebookV2PriceModifierType(d.pop("type"))

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = (
                _models.PricebookV2ExternalDataUpdateRequest.from_dict(external_data)
            )

            external_data = external_data_type_0

        pricebook_v2_discount_and_fees_bulk_update_request = cls(
            account,
            active,
            amount,
            amount_type,
            assets,
            bonus,
            budget_cost_code,
            budget_cost_type,
            categories,
            code,
            commission_bonus,
            cross_sale_group,
            description,
            display_name,
            exclude_from_payroll,
            hours,
            id,
            intacct_gl_group_account,
            limit,
            pays_commission,
            taxable,
            type_,
            external_data,
        )

        pricebook_v2_discount_and_fees_bulk_update_request.additional_properties = dict(
            d
        )
        return pricebook_v2_discount_and_fees_bulk_update_request

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
