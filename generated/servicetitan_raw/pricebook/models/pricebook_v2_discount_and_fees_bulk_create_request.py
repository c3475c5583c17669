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
    from ..models.pricebook_v2_external_data_create_request import (
        PricebookV2ExternalDataCreateRequest,
    )
    from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest


T = TypeVar("T", bound="PricebookV2DiscountAndFeesBulkCreateRequest")


@_attrs_define
class PricebookV2DiscountAndFeesBulkCreateRequest:
    """
    Attributes:
        amount (float):
        amount_type (PricebookV2PriceModifierAmountType):
        code (str):
        description (str):
        type_ (PricebookV2PriceModifierType):
        account (None | str | Unset):
        active (bool | None | Unset):
        assets (list[PricebookV2SkuAssetRequest] | None | Unset):
        bonus (float | None | Unset):
        budget_cost_code (None | str | Unset):
        budget_cost_type (None | str | Unset):
        categories (list[int] | None | Unset):
        commission_bonus (float | None | Unset):
        cross_sale_group (None | str | Unset):
        custom_id (None | str | Unset):
        display_name (None | str | Unset):
        exclude_from_payroll (bool | None | Unset):
        external_data (None | PricebookV2ExternalDataCreateRequest | Unset):
        hours (float | None | Unset):
        intacct_gl_group_account (None | str | Unset):
        limit (float | None | Unset):
        pays_commission (bool | None | Unset):
        taxable (bool | None | Unset):
    """

    amount: float
    amount_type: PricebookV2PriceModifierAmountType
    code: str
    description: str
    type_: PricebookV2PriceModifierType
    account: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    assets: list[PricebookV2SkuAssetRequest] | None | Unset = UNSET
    bonus: float | None | Unset = UNSET
    budget_cost_code: None | str | Unset = UNSET
    budget_cost_type: None | str | Unset = UNSET
    categories: list[int] | None | Unset = UNSET
    commission_bonus: float | None | Unset = UNSET
    cross_sale_group: None | str | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    exclude_from_payroll: bool | None | Unset = UNSET
    external_data: None | PricebookV2ExternalDataCreateRequest | Unset = UNSET
    hours: float | None | Unset = UNSET
    intacct_gl_group_account: None | str | Unset = UNSET
    limit: float | None | Unset = UNSET
    pays_commission: bool | None | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "amount",
        "amountType",
        "code",
        "description",
        "type",
        "account",
        "active",
        "assets",
        "bonus",
        "budgetCostCode",
        "budgetCostType",
        "categories",
        "commissionBonus",
        "crossSaleGroup",
        "customId",
        "displayName",
        "excludeFromPayroll",
        "externalData",
        "hours",
        "intacctGlGroupAccount",
        "limit",
        "paysCommission",
        "taxable",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricebook_v2_external_data_create_request import (
            PricebookV2ExternalDataCreateRequest,
        )

        amount = self.amount

        amount_type = self.amount_type.value

        code = self.code

        description = self.description

        type_ = self.type_.value

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        assets: list[dict[str, Any]] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, list):
            assets = []
            for assets_type_0_item_data in self.assets:
                assets_type_0_item = assets_type_0_item_data.to_dict()
                assets.append(assets_type_0_item)

        else:
            assets = self.assets

        bonus: float | None | Unset
        if isinstance(self.bonus, Unset):
            bonus = UNSET
        else:
            bonus = self.bonus

        budget_cost_code: None | str | Unset
        if isinstance(self.budget_cost_code, Unset):
            budget_cost_code = UNSET
        else:
            budget_cost_code = self.budget_cost_code

        budget_cost_type: None | str | Unset
        if isinstance(self.budget_cost_type, Unset):
            budget_cost_type = UNSET
        else:
            budget_cost_type = self.budget_cost_type

        categories: list[int] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        commission_bonus: float | None | Unset
        if isinstance(self.commission_bonus, Unset):
            commission_bonus = UNSET
        else:
            commission_bonus = self.commission_bonus

        cross_sale_group: None | str | Unset
        if isinstance(self.cross_sale_group, Unset):
            cross_sale_group = UNSET
        else:
            cross_sale_group = self.cross_sale_group

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        exclude_from_payroll: bool | None | Unset
        if isinstance(self.exclude_from_payroll, Unset):
            exclude_from_payroll = UNSET
        else:
            exclude_from_payroll = self.exclude_from_payroll

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, PricebookV2ExternalDataCreateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        hours: float | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        intacct_gl_group_account: None | str | Unset
        if isinstance(self.intacct_gl_group_account, Unset):
            intacct_gl_group_account = UNSET
        else:
            intacct_gl_group_account = self.intacct_gl_group_account

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        pays_commission: bool | None | Unset
        if isinstance(self.pays_commission, Unset):
            pays_commission = UNSET
        else:
            pays_commission = self.pays_commission

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "amountType": amount_type,
                "code": code,
                "description": description,
                "type": type_,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if active is not UNSET:
            field_dict["active"] = active
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
        if commission_bonus is not UNSET:
            field_dict["commissionBonus"] = commission_bonus
        if cross_sale_group is not UNSET:
            field_dict["crossSaleGroup"] = cross_sale_group
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        amount_type = PricebookV2PriceModifierAmountType(d.pop("amountType"))

        code = d.pop("code")

        description = d.pop("description")

        type_ = PricebookV2PriceModifierType(d.pop("type"))

        account = d.pop("account", UNSET)

        active = d.pop("active", UNSET)

        assets = d.pop("assets", UNSET)
        if assets is not None and not isinstance(assets, Unset):
            if not isinstance(assets, list):
                raise TypeError()
            assets_type_0 = [
                _models.PricebookV2SkuAssetRequest.from_dict(assets_type_0_item_data)
                for assets_type_0_item_data in assets
            ]

            assets = assets_type_0

        bonus = d.pop("bonus", UNSET)

        budget_cost_code = d.pop("budgetCostCode", UNSET)

        budget_cost_type = d.pop("budgetCostType", UNSET)

        categories = d.pop("categories", UNSET)
        if categories is not None and not isinstance(categories, Unset):
            if not isinstance(categories, list):
                raise TypeError()
            categories_type_0 = categories

            categories = categories_type_0

        commission_bonus = d.pop("commissionBonus", UNSET)

        cross_sale_group = d.pop("crossSaleGroup", UNSET)

        custom_id = d.pop("customId", UNSET)

        display_name = d.pop("displayName", UNSET)

        exclude_from_payroll = d.pop("excludeFromPayroll", UNSET)

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = (
                _models.PricebookV2ExternalDataCreateRequest.from_dict(external_data)
            )

            external_data = external_data_type_0

        hours = d.pop("hours", UNSET)

        intacct_gl_group_account = d.pop("intacctGlGroupAccount", UNSET)

        limit = d.pop("limit", UNSET)

        pays_commission = d.pop("paysCommission", UNSET)

        taxable = d.pop("taxable", UNSET)

        pricebook_v2_discount_and_fees_bulk_create_request = cls(
            amount,
            amount_type,
            code,
            description,
            type_,
            account,
            active,
            assets,
            bonus,
            budget_cost_code,
            budget_cost_type,
            categories,
            commission_bonus,
            cross_sale_group,
            custom_id,
            display_name,
            exclude_from_payroll,
            external_data,
            hours,
            intacct_gl_group_account,
            limit,
            pays_commission,
            taxable,
        )

        pricebook_v2_discount_and_fees_bulk_create_request.additional_properties = dict(
            d
        )
        return pricebook_v2_discount_and_fees_bulk_create_request

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
