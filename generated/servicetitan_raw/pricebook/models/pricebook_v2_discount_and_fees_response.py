from __future__ import annotations

import datetime
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
    from ..models.pricebook_v2_external_data_model import PricebookV2ExternalDataModel
    from ..models.pricebook_v2_sku_asset_response import PricebookV2SkuAssetResponse


T = TypeVar("T", bound="PricebookV2DiscountAndFeesResponse")


@_attrs_define
class PricebookV2DiscountAndFeesResponse:
    """
    Attributes:
        active (bool):
        amount (float):
        amount_type (PricebookV2PriceModifierAmountType):
        bonus (float):
        code (str):
        commission_bonus (float):
        created_on (datetime.datetime):
        description (str):
        exclude_from_payroll (bool):
        hours (float):
        id (int):
        limit (float):
        modified_on (datetime.datetime):
        pays_commission (bool):
        taxable (bool):
        type_ (PricebookV2PriceModifierType):
        account (None | str | Unset):
        assets (list[PricebookV2SkuAssetResponse] | None | Unset):
        budget_cost_code (None | str | Unset):
        budget_cost_type (None | str | Unset):
        categories (list[int] | None | Unset):
        cross_sale_group (None | str | Unset):
        display_name (None | str | Unset):
        external_data (list[PricebookV2ExternalDataModel] | None | Unset):
    """

    active: bool
    amount: float
    amount_type: PricebookV2PriceModifierAmountType
    bonus: float
    code: str
    commission_bonus: float
    created_on: datetime.datetime
    description: str
    exclude_from_payroll: bool
    hours: float
    id: int
    limit: float
    modified_on: datetime.datetime
    pays_commission: bool
    taxable: bool
    type_: PricebookV2PriceModifierType
    account: None | str | Unset = UNSET
    assets: list[PricebookV2SkuAssetResponse] | None | Unset = UNSET
    budget_cost_code: None | str | Unset = UNSET
    budget_cost_type: None | str | Unset = UNSET
    categories: list[int] | None | Unset = UNSET
    cross_sale_group: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    external_data: list[PricebookV2ExternalDataModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "amount",
        "amountType",
        "bonus",
        "code",
        "commissionBonus",
        "createdOn",
        "description",
        "excludeFromPayroll",
        "hours",
        "id",
        "limit",
        "modifiedOn",
        "paysCommission",
        "taxable",
        "type",
        "account",
        "assets",
        "budgetCostCode",
        "budgetCostType",
        "categories",
        "crossSaleGroup",
        "displayName",
        "externalData",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        amount = self.amount

        amount_type = self.amount_type.value

        bonus = self.bonus

        code = self.code

        commission_bonus = self.commission_bonus

        created_on = self.created_on.isoformat()

        description = self.description

        exclude_from_payroll = self.exclude_from_payroll

        hours = self.hours

        id = self.id

        limit = self.limit

        modified_on = self.modified_on.isoformat()

        pays_commission = self.pays_commission

        taxable = self.taxable

        type_ = self.type_.value

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

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

        cross_sale_group: None | str | Unset
        if isinstance(self.cross_sale_group, Unset):
            cross_sale_group = UNSET
        else:
            cross_sale_group = self.cross_sale_group

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        external_data: list[dict[str, Any]] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, list):
            external_data = []
            for external_data_type_0_item_data in self.external_data:
                external_data_type_0_item = external_data_type_0_item_data.to_dict()
                external_data.append(external_data_type_0_item)

        else:
            external_data = self.external_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "amount": amount,
                "amountType": amount_type,
                "bonus": bonus,
                "code": code,
                "commissionBonus": commission_bonus,
                "createdOn": created_on,
                "description": description,
                "excludeFromPayroll": exclude_from_payroll,
                "hours": hours,
                "id": id,
                "limit": limit,
                "modifiedOn": modified_on,
                "paysCommission": pays_commission,
                "taxable": taxable,
                "type": type_,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if assets is not UNSET:
            field_dict["assets"] = assets
        if budget_cost_code is not UNSET:
            field_dict["budgetCostCode"] = budget_cost_code
        if budget_cost_type is not UNSET:
            field_dict["budgetCostType"] = budget_cost_type
        if categories is not UNSET:
            field_dict["categories"] = categories
        if cross_sale_group is not UNSET:
            field_dict["crossSaleGroup"] = cross_sale_group
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if external_data is not UNSET:
            field_dict["externalData"] = external_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        amount = d.pop("amount")

        amount_type = PricebookV2PriceModifierAmountType(d.pop("amountType"))

        bonus = d.pop("bonus")

        code = d.pop("code")

        commission_bonus = d.pop("commissionBonus")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        description = d.pop("description")

        exclude_from_payroll = d.pop("excludeFromPayroll")

        hours = d.pop("hours")

        id = d.pop("id")

        limit = d.pop("limit")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        pays_commission = d.pop("paysCommission")

        taxable = d.pop("taxable")

        type_ = PricebookV2PriceModifierType(d.pop("type"))

        account = d.pop("account", UNSET)

        assets = d.pop("assets", UNSET)
        if assets is not None and not isinstance(assets, Unset):
            if not isinstance(assets, list):
                raise TypeError()
            assets_type_0 = [
                _models.PricebookV2SkuAssetResponse.from_dict(assets_type_0_item_data)
                for assets_type_0_item_data in assets
            ]

            assets = assets_type_0

        budget_cost_code = d.pop("budgetCostCode", UNSET)

        budget_cost_type = d.pop("budgetCostType", UNSET)

        categories = d.pop("categories", UNSET)
        if categories is not None and not isinstance(categories, Unset):
            if not isinstance(categories, list):
                raise TypeError()
            categories_type_0 = categories

            categories = categories_type_0

        cross_sale_group = d.pop("crossSaleGroup", UNSET)

        display_name = d.pop("displayName", UNSET)

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, list):
                raise TypeError()
            external_data_type_0 = [
                _models.PricebookV2ExternalDataModel.from_dict(
                    external_data_type_0_item_data
                )
                for external_data_type_0_item_data in external_data
            ]

            external_data = external_data_type_0

        pricebook_v2_discount_and_fees_response = cls(
            active,
            amount,
            amount_type,
            bonus,
            code,
            commission_bonus,
            created_on,
            description,
            exclude_from_payroll,
            hours,
            id,
            limit,
            modified_on,
            pays_commission,
            taxable,
            type_,
            account,
            assets,
            budget_cost_code,
            budget_cost_type,
            categories,
            cross_sale_group,
            display_name,
            external_data,
        )

        pricebook_v2_discount_and_fees_response.additional_properties = dict(d)
        return pricebook_v2_discount_and_fees_response

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
