from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_external_data_create_request import (
        PricebookV2ExternalDataCreateRequest,
    )
    from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest
    from ..models.pricebook_v2_sku_vendor_request import PricebookV2SkuVendorRequest


T = TypeVar("T", bound="PricebookV2MaterialCreateRequest")


@_attrs_define
class PricebookV2MaterialCreateRequest:
    """
    Attributes:
        code (str):
        description (str):
        account (None | str | Unset):
        active (bool | None | Unset):
        active_ingredients (None | str | Unset):
        add_on_member_price (float | None | Unset):
        add_on_price (float | None | Unset):
        asset_account (None | str | Unset):
        assets (list[PricebookV2SkuAssetRequest] | None | Unset):
        bonus (float | None | Unset):
        budget_cost_code (None | str | Unset):
        budget_cost_type (None | str | Unset):
        categories (list[int] | None | Unset):
        chargeable_by_default (bool | None | Unset):
        commission_bonus (float | None | Unset):
        cost (float | None | Unset):
        cost_of_sale_account (None | str | Unset):
        cost_type_id (int | None | Unset):
        deduct_as_job_cost (bool | None | Unset):
        display_name (None | str | Unset):
        epa_number (None | str | Unset):
        external_data (None | PricebookV2ExternalDataCreateRequest | Unset):
        hours (float | None | Unset):
        intacct_gl_group_account (None | str | Unset):
        is_chemical (bool | None | Unset):
        is_configurable_material (bool | None | Unset):
        is_cost_locked (bool | None | Unset):
        is_inventory (bool | None | Unset):
        is_other_direct_cost (bool | None | Unset):
        is_price_locked (bool | None | Unset):
        member_price (float | None | Unset):
        other_vendors (list[PricebookV2SkuVendorRequest] | None | Unset):
        pays_commission (bool | None | Unset):
        price (float | None | Unset):
        primary_vendor (None | PricebookV2SkuVendorRequest | Unset):
        taxable (bool | None | Unset):
        unit_of_measure (None | str | Unset):
        variation_materials (list[int] | None | Unset):
    """

    code: str
    description: str
    account: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    active_ingredients: None | str | Unset = UNSET
    add_on_member_price: float | None | Unset = UNSET
    add_on_price: float | None | Unset = UNSET
    asset_account: None | str | Unset = UNSET
    assets: list[PricebookV2SkuAssetRequest] | None | Unset = UNSET
    bonus: float | None | Unset = UNSET
    budget_cost_code: None | str | Unset = UNSET
    budget_cost_type: None | str | Unset = UNSET
    categories: list[int] | None | Unset = UNSET
    chargeable_by_default: bool | None | Unset = UNSET
    commission_bonus: float | None | Unset = UNSET
    cost: float | None | Unset = UNSET
    cost_of_sale_account: None | str | Unset = UNSET
    cost_type_id: int | None | Unset = UNSET
    deduct_as_job_cost: bool | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    epa_number: None | str | Unset = UNSET
    external_data: None | PricebookV2ExternalDataCreateRequest | Unset = UNSET
    hours: float | None | Unset = UNSET
    intacct_gl_group_account: None | str | Unset = UNSET
    is_chemical: bool | None | Unset = UNSET
    is_configurable_material: bool | None | Unset = UNSET
    is_cost_locked: bool | None | Unset = UNSET
    is_inventory: bool | None | Unset = UNSET
    is_other_direct_cost: bool | None | Unset = UNSET
    is_price_locked: bool | None | Unset = UNSET
    member_price: float | None | Unset = UNSET
    other_vendors: list[PricebookV2SkuVendorRequest] | None | Unset = UNSET
    pays_commission: bool | None | Unset = UNSET
    price: float | None | Unset = UNSET
    primary_vendor: None | PricebookV2SkuVendorRequest | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    unit_of_measure: None | str | Unset = UNSET
    variation_materials: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "code",
        "description",
        "account",
        "active",
        "activeIngredients",
        "addOnMemberPrice",
        "addOnPrice",
        "assetAccount",
        "assets",
        "bonus",
        "budgetCostCode",
        "budgetCostType",
        "categories",
        "chargeableByDefault",
        "commissionBonus",
        "cost",
        "costOfSaleAccount",
        "costTypeId",
        "deductAsJobCost",
        "displayName",
        "epaNumber",
        "externalData",
        "hours",
        "intacctGlGroupAccount",
        "isChemical",
        "isConfigurableMaterial",
        "isCostLocked",
        "isInventory",
        "isOtherDirectCost",
        "isPriceLocked",
        "memberPrice",
        "otherVendors",
        "paysCommission",
        "price",
        "primaryVendor",
        "taxable",
        "unitOfMeasure",
        "variationMaterials",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricebook_v2_external_data_create_request import (
            PricebookV2ExternalDataCreateRequest,
        )
        from ..models.pricebook_v2_sku_vendor_request import PricebookV2SkuVendorRequest

        code = self.code

        description = self.description

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

        active_ingredients: None | str | Unset
        if isinstance(self.active_ingredients, Unset):
            active_ingredients = UNSET
        else:
            active_ingredients = self.active_ingredients

        add_on_member_price: float | None | Unset
        if isinstance(self.add_on_member_price, Unset):
            add_on_member_price = UNSET
        else:
            add_on_member_price = self.add_on_member_price

        add_on_price: float | None | Unset
        if isinstance(self.add_on_price, Unset):
            add_on_price = UNSET
        else:
            add_on_price = self.add_on_price

        asset_account: None | str | Unset
        if isinstance(self.asset_account, Unset):
            asset_account = UNSET
        else:
            asset_account = self.asset_account

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

        chargeable_by_default: bool | None | Unset
        if isinstance(self.chargeable_by_default, Unset):
            chargeable_by_default = UNSET
        else:
            chargeable_by_default = self.chargeable_by_default

        commission_bonus: float | None | Unset
        if isinstance(self.commission_bonus, Unset):
            commission_bonus = UNSET
        else:
            commission_bonus = self.commission_bonus

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        cost_of_sale_account: None | str | Unset
        if isinstance(self.cost_of_sale_account, Unset):
            cost_of_sale_account = UNSET
        else:
            cost_of_sale_account = self.cost_of_sale_account

        cost_type_id: int | None | Unset
        if isinstance(self.cost_type_id, Unset):
            cost_type_id = UNSET
        else:
            cost_type_id = self.cost_type_id

        deduct_as_job_cost: bool | None | Unset
        if isinstance(self.deduct_as_job_cost, Unset):
            deduct_as_job_cost = UNSET
        else:
            deduct_as_job_cost = self.deduct_as_job_cost

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        epa_number: None | str | Unset
        if isinstance(self.epa_number, Unset):
            epa_number = UNSET
        else:
            epa_number = self.epa_number

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

        is_chemical: bool | None | Unset
        if isinstance(self.is_chemical, Unset):
            is_chemical = UNSET
        else:
            is_chemical = self.is_chemical

        is_configurable_material: bool | None | Unset
        if isinstance(self.is_configurable_material, Unset):
            is_configurable_material = UNSET
        else:
            is_configurable_material = self.is_configurable_material

        is_cost_locked: bool | None | Unset
        if isinstance(self.is_cost_locked, Unset):
            is_cost_locked = UNSET
        else:
            is_cost_locked = self.is_cost_locked

        is_inventory: bool | None | Unset
        if isinstance(self.is_inventory, Unset):
            is_inventory = UNSET
        else:
            is_inventory = self.is_inventory

        is_other_direct_cost: bool | None | Unset
        if isinstance(self.is_other_direct_cost, Unset):
            is_other_direct_cost = UNSET
        else:
            is_other_direct_cost = self.is_other_direct_cost

        is_price_locked: bool | None | Unset
        if isinstance(self.is_price_locked, Unset):
            is_price_locked = UNSET
        else:
            is_price_locked = self.is_price_locked

        member_price: float | None | Unset
        if isinstance(self.member_price, Unset):
            member_price = UNSET
        else:
            member_price = self.member_price

        other_vendors: list[dict[str, Any]] | None | Unset
        if isinstance(self.other_vendors, Unset):
            other_vendors = UNSET
        elif isinstance(self.other_vendors, list):
            other_vendors = []
            for other_vendors_type_0_item_data in self.other_vendors:
                other_vendors_type_0_item = other_vendors_type_0_item_data.to_dict()
                other_vendors.append(other_vendors_type_0_item)

        else:
            other_vendors = self.other_vendors

        pays_commission: bool | None | Unset
        if isinstance(self.pays_commission, Unset):
            pays_commission = UNSET
        else:
            pays_commission = self.pays_commission

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        primary_vendor: dict[str, Any] | None | Unset
        if isinstance(self.primary_vendor, Unset):
            primary_vendor = UNSET
        elif isinstance(self.primary_vendor, PricebookV2SkuVendorRequest):
            primary_vendor = self.primary_vendor.to_dict()
        else:
            primary_vendor = self.primary_vendor

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        unit_of_measure: None | str | Unset
        if isinstance(self.unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = self.unit_of_measure

        variation_materials: list[int] | None | Unset
        if isinstance(self.variation_materials, Unset):
            variation_materials = UNSET
        elif isinstance(self.variation_materials, list):
            variation_materials = self.variation_materials

        else:
            variation_materials = self.variation_materials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if active is not UNSET:
            field_dict["active"] = active
        if active_ingredients is not UNSET:
            field_dict["activeIngredients"] = active_ingredients
        if add_on_member_price is not UNSET:
            field_dict["addOnMemberPrice"] = add_on_member_price
        if add_on_price is not UNSET:
            field_dict["addOnPrice"] = add_on_price
        if asset_account is not UNSET:
            field_dict["assetAccount"] = asset_account
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
        if chargeable_by_default is not UNSET:
            field_dict["chargeableByDefault"] = chargeable_by_default
        if commission_bonus is not UNSET:
            field_dict["commissionBonus"] = commission_bonus
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_of_sale_account is not UNSET:
            field_dict["costOfSaleAccount"] = cost_of_sale_account
        if cost_type_id is not UNSET:
            field_dict["costTypeId"] = cost_type_id
        if deduct_as_job_cost is not UNSET:
            field_dict["deductAsJobCost"] = deduct_as_job_cost
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if epa_number is not UNSET:
            field_dict["epaNumber"] = epa_number
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if hours is not UNSET:
            field_dict["hours"] = hours
        if intacct_gl_group_account is not UNSET:
            field_dict["intacctGlGroupAccount"] = intacct_gl_group_account
        if is_chemical is not UNSET:
            field_dict["isChemical"] = is_chemical
        if is_configurable_material is not UNSET:
            field_dict["isConfigurableMaterial"] = is_configurable_material
        if is_cost_locked is not UNSET:
            field_dict["isCostLocked"] = is_cost_locked
        if is_inventory is not UNSET:
            field_dict["isInventory"] = is_inventory
        if is_other_direct_cost is not UNSET:
            field_dict["isOtherDirectCost"] = is_other_direct_cost
        if is_price_locked is not UNSET:
            field_dict["isPriceLocked"] = is_price_locked
        if member_price is not UNSET:
            field_dict["memberPrice"] = member_price
        if other_vendors is not UNSET:
            field_dict["otherVendors"] = other_vendors
        if pays_commission is not UNSET:
            field_dict["paysCommission"] = pays_commission
        if price is not UNSET:
            field_dict["price"] = price
        if primary_vendor is not UNSET:
            field_dict["primaryVendor"] = primary_vendor
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if variation_materials is not UNSET:
            field_dict["variationMaterials"] = variation_materials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        account = d.pop("account", UNSET)

        active = d.pop("active", UNSET)

        active_ingredients = d.pop("activeIngredients", UNSET)

        add_on_member_price = d.pop("addOnMemberPrice", UNSET)

        add_on_price = d.pop("addOnPrice", UNSET)

        asset_account = d.pop("assetAccount", UNSET)

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

        chargeable_by_default = d.pop("chargeableByDefault", UNSET)

        commission_bonus = d.pop("commissionBonus", UNSET)

        cost = d.pop("cost", UNSET)

        cost_of_sale_account = d.pop("costOfSaleAccount", UNSET)

        cost_type_id = d.pop("costTypeId", UNSET)

        deduct_as_job_cost = d.pop("deductAsJobCost", UNSET)

        display_name = d.pop("displayName", UNSET)

        epa_number = d.pop("epaNumber", UNSET)

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

        is_chemical = d.pop("isChemical", UNSET)

        is_configurable_material = d.pop("isConfigurableMaterial", UNSET)

        is_cost_locked = d.pop("isCostLocked", UNSET)

        is_inventory = d.pop("isInventory", UNSET)

        is_other_direct_cost = d.pop("isOtherDirectCost", UNSET)

        is_price_locked = d.pop("isPriceLocked", UNSET)

        member_price = d.pop("memberPrice", UNSET)

        other_vendors = d.pop("otherVendors", UNSET)
        if other_vendors is not None and not isinstance(other_vendors, Unset):
            if not isinstance(other_vendors, list):
                raise TypeError()
            other_vendors_type_0 = [
                _models.PricebookV2SkuVendorRequest.from_dict(
                    other_vendors_type_0_item_data
                )
                for other_vendors_type_0_item_data in other_vendors
            ]

            other_vendors = other_vendors_type_0

        pays_commission = d.pop("paysCommission", UNSET)

        price = d.pop("price", UNSET)

        primary_vendor = d.pop("primaryVendor", UNSET)
        if primary_vendor is not None and not isinstance(primary_vendor, Unset):
            if not isinstance(primary_vendor, dict):
                raise TypeError()
            primary_vendor_type_0 = _models.PricebookV2SkuVendorRequest.from_dict(
                primary_vendor
            )

            primary_vendor = primary_vendor_type_0

        taxable = d.pop("taxable", UNSET)

        unit_of_measure = d.pop("unitOfMeasure", UNSET)

        variation_materials = d.pop("variationMaterials", UNSET)
        if variation_materials is not None and not isinstance(
            variation_materials, Unset
        ):
            if not isinstance(variation_materials, list):
                raise TypeError()
            variation_materials_type_0 = variation_materials

            variation_materials = variation_materials_type_0

        pricebook_v2_material_create_request = cls(
            code,
            description,
            account,
            active,
            active_ingredients,
            add_on_member_price,
            add_on_price,
            asset_account,
            assets,
            bonus,
            budget_cost_code,
            budget_cost_type,
            categories,
            chargeable_by_default,
            commission_bonus,
            cost,
            cost_of_sale_account,
            cost_type_id,
            deduct_as_job_cost,
            display_name,
            epa_number,
            external_data,
            hours,
            intacct_gl_group_account,
            is_chemical,
            is_configurable_material,
            is_cost_locked,
            is_inventory,
            is_other_direct_cost,
            is_price_locked,
            member_price,
            other_vendors,
            pays_commission,
            price,
            primary_vendor,
            taxable,
            unit_of_measure,
            variation_materials,
        )

        pricebook_v2_material_create_request.additional_properties = dict(d)
        return pricebook_v2_material_create_request

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
