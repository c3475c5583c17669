from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_external_data_update_request import (
        PricebookV2ExternalDataUpdateRequest,
    )
    from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest
    from ..models.pricebook_v2_sku_vendor_request import PricebookV2SkuVendorRequest


T = TypeVar("T", bound="PricebookV2MaterialUpdateRequest")


@_attrs_define
class PricebookV2MaterialUpdateRequest:
    """
    Attributes:
        account (str | Unset):
        active (bool | Unset):
        active_ingredients (str | Unset):
        add_on_member_price (float | Unset):
        add_on_price (float | Unset):
        asset_account (str | Unset):
        assets (list[PricebookV2SkuAssetRequest] | Unset):
        bonus (float | Unset):
        budget_cost_code (str | Unset):
        budget_cost_type (str | Unset):
        categories (list[int] | Unset):
        chargeable_by_default (bool | Unset):
        code (str | Unset):
        commission_bonus (float | Unset):
        cost (float | Unset):
        cost_of_sale_account (str | Unset):
        cost_type_id (int | None | Unset):
        deduct_as_job_cost (bool | Unset):
        description (str | Unset):
        display_name (str | Unset):
        epa_number (str | Unset):
        external_data (None | PricebookV2ExternalDataUpdateRequest | Unset):
        hours (float | Unset):
        intacct_gl_group_account (str | Unset):
        is_chemical (bool | Unset):
        is_configurable_material (bool | Unset):
        is_cost_locked (bool | Unset):
        is_inventory (bool | Unset):
        is_price_locked (bool | Unset):
        member_price (float | Unset):
        other_vendors (list[PricebookV2SkuVendorRequest] | Unset):
        pays_commission (bool | Unset):
        price (float | Unset):
        primary_vendor (PricebookV2SkuVendorRequest | Unset):
        taxable (bool | Unset):
        unit_of_measure (str | Unset):
        variation_materials (list[int] | Unset):
    """

    account: str | Unset = UNSET
    active: bool | Unset = UNSET
    active_ingredients: str | Unset = UNSET
    add_on_member_price: float | Unset = UNSET
    add_on_price: float | Unset = UNSET
    asset_account: str | Unset = UNSET
    assets: list[PricebookV2SkuAssetRequest] | Unset = UNSET
    bonus: float | Unset = UNSET
    budget_cost_code: str | Unset = UNSET
    budget_cost_type: str | Unset = UNSET
    categories: list[int] | Unset = UNSET
    chargeable_by_default: bool | Unset = UNSET
    code: str | Unset = UNSET
    commission_bonus: float | Unset = UNSET
    cost: float | Unset = UNSET
    cost_of_sale_account: str | Unset = UNSET
    cost_type_id: int | None | Unset = UNSET
    deduct_as_job_cost: bool | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    epa_number: str | Unset = UNSET
    external_data: None | PricebookV2ExternalDataUpdateRequest | Unset = UNSET
    hours: float | Unset = UNSET
    intacct_gl_group_account: str | Unset = UNSET
    is_chemical: bool | Unset = UNSET
    is_configurable_material: bool | Unset = UNSET
    is_cost_locked: bool | Unset = UNSET
    is_inventory: bool | Unset = UNSET
    is_price_locked: bool | Unset = UNSET
    member_price: float | Unset = UNSET
    other_vendors: list[PricebookV2SkuVendorRequest] | Unset = UNSET
    pays_commission: bool | Unset = UNSET
    price: float | Unset = UNSET
    primary_vendor: PricebookV2SkuVendorRequest | Unset = UNSET
    taxable: bool | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    variation_materials: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
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
        "code",
        "commissionBonus",
        "cost",
        "costOfSaleAccount",
        "costTypeId",
        "deductAsJobCost",
        "description",
        "displayName",
        "epaNumber",
        "externalData",
        "hours",
        "intacctGlGroupAccount",
        "isChemical",
        "isConfigurableMaterial",
        "isCostLocked",
        "isInventory",
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
        from ..models.pricebook_v2_external_data_update_request import (
            PricebookV2ExternalDataUpdateRequest,
        )

        account = self.account

        active = self.active

        active_ingredients = self.active_ingredients

        add_on_member_price = self.add_on_member_price

        add_on_price = self.add_on_price

        asset_account = self.asset_account

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

        chargeable_by_default = self.chargeable_by_default

        code = self.code

        commission_bonus = self.commission_bonus

        cost = self.cost

        cost_of_sale_account = self.cost_of_sale_account

        cost_type_id: int | None | Unset
        if isinstance(self.cost_type_id, Unset):
            cost_type_id = UNSET
        else:
            cost_type_id = self.cost_type_id

        deduct_as_job_cost = self.deduct_as_job_cost

        description = self.description

        display_name = self.display_name

        epa_number = self.epa_number

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, PricebookV2ExternalDataUpdateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        hours = self.hours

        intacct_gl_group_account = self.intacct_gl_group_account

        is_chemical = self.is_chemical

        is_configurable_material = self.is_configurable_material

        is_cost_locked = self.is_cost_locked

        is_inventory = self.is_inventory

        is_price_locked = self.is_price_locked

        member_price = self.member_price

        other_vendors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_vendors, Unset):
            other_vendors = []
            for other_vendors_item_data in self.other_vendors:
                other_vendors_item = other_vendors_item_data.to_dict()
                other_vendors.append(other_vendors_item)

        pays_commission = self.pays_commission

        price = self.price

        primary_vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_vendor, Unset):
            primary_vendor = self.primary_vendor.to_dict()

        taxable = self.taxable

        unit_of_measure = self.unit_of_measure

        variation_materials: list[int] | Unset = UNSET
        if not isinstance(self.variation_materials, Unset):
            variation_materials = self.variation_materials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if code is not UNSET:
            field_dict["code"] = code
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
        if description is not UNSET:
            field_dict["description"] = description
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
        account = d.pop("account", UNSET)

        active = d.pop("active", UNSET)

        active_ingredients = d.pop("activeIngredients", UNSET)

        add_on_member_price = d.pop("addOnMemberPrice", UNSET)

        add_on_price = d.pop("addOnPrice", UNSET)

        asset_account = d.pop("assetAccount", UNSET)

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

        chargeable_by_default = d.pop("chargeableByDefault", UNSET)

        code = d.pop("code", UNSET)

        commission_bonus = d.pop("commissionBonus", UNSET)

        cost = d.pop("cost", UNSET)

        cost_of_sale_account = d.pop("costOfSaleAccount", UNSET)

        cost_type_id = d.pop("costTypeId", UNSET)

        deduct_as_job_cost = d.pop("deductAsJobCost", UNSET)

        description = d.pop("description", UNSET)

        display_name = d.pop("displayName", UNSET)

        epa_number = d.pop("epaNumber", UNSET)

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

        is_chemical = d.pop("isChemical", UNSET)

        is_configurable_material = d.pop("isConfigurableMaterial", UNSET)

        is_cost_locked = d.pop("isCostLocked", UNSET)

        is_inventory = d.pop("isInventory", UNSET)

        is_price_locked = d.pop("isPriceLocked", UNSET)

        member_price = d.pop("memberPrice", UNSET)

        other_vendors = d.pop("otherVendors", UNSET)
        if other_vendors is not UNSET:
            other_vendors = [
                _models.PricebookV2SkuVendorRequest.from_dict(other_vendors_item_data)
                for other_vendors_item_data in other_vendors
            ]

        pays_commission = d.pop("paysCommission", UNSET)

        price = d.pop("price", UNSET)

        primary_vendor = d.pop("primaryVendor", UNSET)
        if not isinstance(primary_vendor, Unset):
            primary_vendor = _models.PricebookV2SkuVendorRequest.from_dict(
                primary_vendor
            )

        taxable = d.pop("taxable", UNSET)

        unit_of_measure = d.pop("unitOfMeasure", UNSET)

        variation_materials = d.pop("variationMaterials", UNSET)

        pricebook_v2_material_update_request = cls(
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
            code,
            commission_bonus,
            cost,
            cost_of_sale_account,
            cost_type_id,
            deduct_as_job_cost,
            description,
            display_name,
            epa_number,
            external_data,
            hours,
            intacct_gl_group_account,
            is_chemical,
            is_configurable_material,
            is_cost_locked,
            is_inventory,
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

        pricebook_v2_material_update_request.additional_properties = dict(d)
        return pricebook_v2_material_update_request

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
