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


T = TypeVar("T", bound="PricebookV2DiscountAndFeesUpdateRequest")


@_attrs_define
class PricebookV2DiscountAndFeesUpdateRequest:
    """
    Attributes:
        account (str | Unset):
        active (bool | Unset):
        amount (float | Unset):
        amount_type (PricebookV2PriceModifierAmountType | Unset):
        assets (list[PricebookV2SkuAssetRequest] | Unset):
        bonus (float | Unset):
        budget_cost_code (str | Unset):
        budget_cost_type (str | Unset):
        categories (list[int] | Unset):
        code (str | Unset):
        commission_bonus (float | Unset):
        cross_sale_group (str | Unset):
        description (str | Unset):
        display_name (str | Unset):
        exclude_from_payroll (bool | Unset):
        external_data (None | PricebookV2ExternalDataUpdateRequest | Unset):
        hours (float | Unset):
        intacct_gl_group_account (str | Unset):
        limit (float | Unset):
        pays_commission (bool | Unset):
        taxable (bool | Unset):
        type_ (PricebookV2PriceModifierType | Unset):
    """

    account: str | Unset = UNSET
    active: bool | Unset = UNSET
    amount: float | Unset = UNSET
    amount_type: PricebookV2PriceModifierAmountType | Unset = UNSET
    assets: list[PricebookV2SkuAssetRequest] | Unset = UNSET
    bonus: float | Unset = UNSET
    budget_cost_code: str | Unset = UNSET
    budget_cost_type: str | Unset = UNSET
    categories: list[int] | Unset = UNSET
    code: str | Unset = UNSET
    commission_bonus: float | Unset = UNSET
    cross_sale_group: str | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    exclude_from_payroll: bool | Unset = UNSET
    external_data: None | PricebookV2ExternalDataUpdateRequest | Unset = UNSET
    hours: float | Unset = UNSET
    intacct_gl_group_account: str | Unset = UNSET
    limit: float | Unset = UNSET
    pays_commission: bool | Unset = UNSET
    taxable: bool | Unset = UNSET
    type_: PricebookV2PriceModifierType | Unset = UNSET
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
        "externalData",
        "hours",
        "intacctGlGroupAccount",
        "limit",
        "paysCommission",
        "taxable",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricebook_v2_external_data_update_request import (
            PricebookV2ExternalDataUpdateRequest,
        )

        account = self.account

        active = self.active

        amount = self.amount

        amount_type: str | Unset = UNSET
        if not isinstance(self.amount_type, Unset):
            amount_type = self.amount_type.value

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        bonus = self.bonus

        budget_cost_code = self.budget_cost_code

        budget_cost_type = self.budget_cost_type

        categories: list[int] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        code = self.code

        commission_bonus = self.commission_bonus

        cross_sale_group = self.cross_sale_group

        description = self.description

        display_name = self.display_name

        exclude_from_payroll = self.exclude_from_payroll

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, PricebookV2ExternalDataUpdateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        hours = self.hours

        intacct_gl_group_account = self.intacct_gl_group_account

        limit = self.limit

        pays_commission = self.pays_commission

        taxable = self.taxable

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if active is not UNSET:
            field_dict["active"] = active
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_type is not UNSET:
            field_dict["amountType"] = amount_type
        if assets is not UNSET:
            field_dict["assets"] = assets
        if bonus is not UNSET:
            field_dict["bonus"] = bonus
        if budget_cost_code is not UNSET:
            field_dict["budgetCostCode"] = budget_cost_code
        if budget_cost_type is not UNSET:
            field_dict["budgetCostType"] = budget_cost_type
        if categories is not UNSET:
            field_dict["categories"] = categories
        if code is not UNSET:
            field_dict["code"] = code
        if commission_bonus is not UNSET:
            field_dict["commissionBonus"] = commission_bonus
        if cross_sale_group is not UNSET:
            field_dict["crossSaleGroup"] = cross_sale_group
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if exclude_from_payroll is not UNSET:
            field_dict["excludeFromPayroll"] = exclude_from_payroll
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if hours is not UNSET:
            field_dict["hours"] = hours
        if intacct_gl_group_account is not UNSET:
            field_dict["intacctGlGroupAccount"] = intacct_gl_group_account
        if limit is not UNSET:
            field_dict["limit"] = limit
        if pays_commission is not UNSET:
            field_dict["paysCommission"] = pays_commission
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        active = d.pop("active", UNSET)

        amount = d.pop("amount", UNSET)

        amount_type = d.pop("amountType", UNSET)
        if not isinstance(amount_type, Unset):
            amount_type = PricebookV2PriceModifierAmountType(amount_type)

        assets = d.pop("assets", UNSET)
        if assets is not UNSET:
            assets = [
                _models.PricebookV2SkuAssetRequest.from_dict(assets_item_data)
                for assets_item_data in assets
            ]

        bonus = d.pop("bonus", UNSET)

        budget_cost_code = d.pop("budgetCostCode", UNSET)

        budget_cost_type = d.pop("budgetCostType", UNSET)

        categories = d.pop("categories", UNSET)

        code = d.pop("code", UNSET)

        commission_bonus = d.pop("commissionBonus", UNSET)

        cross_sale_group = d.pop("crossSaleGroup", UNSET)

        description = d.pop("description", UNSET)

        display_name = d.pop("displayName", UNSET)

        exclude_from_payroll = d.pop("excludeFromPayroll", UNSET)

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = (
                _models.PricebookV2ExternalDataUpdateRequest.from_dict(external_data)
            )

            external_data = external_data_type_0

        hours = d.pop("hours", UNSET)

        intacct_gl_group_account = d.pop("intacctGlGroupAccount", UNSET)

        limit = d.pop("limit", UNSET)

        pays_commission = d.pop("paysCommission", UNSET)

        taxable = d.pop("taxable", UNSET)

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, Unset):
            type_ = PricebookV2PriceModifierType(type_)

        pricebook_v2_discount_and_fees_update_request = cls(
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
            external_data,
            hours,
            intacct_gl_group_account,
            limit,
            pays_commission,
            taxable,
            type_,
        )

        pricebook_v2_discount_and_fees_update_request.additional_properties = dict(d)
        return pricebook_v2_discount_and_fees_update_request

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
