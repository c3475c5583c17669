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


T = TypeVar("T", bound="PricebookV2MaterialBulkUpdateRequest")


@_attrs_define
class PricebookV2MaterialBulkUpdateRequest:
    """
    Attributes:
        account (str):
        active (bool):
        active_ingredients (str):
        add_on_member_price (float):
        add_on_price (float):
        asset_account (str):
        assets (list[PricebookV2SkuAssetRequest]):
        bonus (float):
        budget_cost_code (str):
        budget_cost_type (str):
        categories (list[int]):
        chargeable_by_default (bool):
        code (str):
        commission_bonus (float):
        cost (float):
        cost_of_sale_account (str):
        deduct_as_job_cost (bool):
        description (str):
        display_name (str):
        epa_number (str):
        hours (float):
        id (int):
        intacct_gl_group_account (str):
        is_chemical (bool):
        is_configurable_material (bool):
        is_cost_locked (bool):
        is_inventory (bool):
        is_price_locked (bool):
        member_price (float):
        other_vendors (list[PricebookV2SkuVendorRequest]):
        pays_commission (bool):
        price (float):
        primary_vendor (PricebookV2SkuVendorRequest):
        taxable (bool):
        unit_of_measure (str):
        variation_materials (list[int]):
        cost_type_id (int | None | Unset):
        external_data (None | PricebookV2ExternalDataUpdateRequest | Unset):
    """

    account: str
    active: bool
    active_ingredients: str
    add_on_member_price: float
    add_on_price: float
    asset_account: str
    assets: list[PricebookV2SkuAssetRequest]
    bonus: float
    budget_cost_code: str
    budget_cost_type: str
    categories: list[int]
    chargeable_by_default: bool
    code: str
    commission_bonus: float
    cost: float
    cost_of_sale_account: str
    deduct_as_job_cost: bool
    description: str
    display_name: str
    epa_number: str
    hours: float
    id: int
    intacct_gl_group_account: str
    is_chemical: bool
    is_configurable_material: bool
    is_cost_locked: bool
    is_inventory: bool
    is_price_locked: bool
    member_price: float
    other_vendors: list[PricebookV2SkuVendorRequest]
    pays_commission: bool
    price: float
    primary_vendor: PricebookV2SkuVendorRequest
    taxable: bool
    unit_of_measure: str
    variation_materials: list[int]
    cost_type_id: int | None | Unset = UNSET
    external_data: None | PricebookV2ExternalDataUpdateRequest | Unset = UNSET
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
        "deductAsJobCost",
        "description",
        "displayName",
        "epaNumber",
        "hours",
        "id",
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
        "costTypeId",
        "externalData",
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

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        bonus = self.bonus

        budget_cost_code = self.budget_cost_code

        budget_cost_type = self.budget_cost_type

        categories = self.categories

        chargeable_by_default = self.chargeable_by_default

        code = self.code

        commission_bonus = self.commission_bonus

        cost = self.cost

        cost_of_sale_account = self.cost_of_sale_account

        deduct_as_job_cost = self.deduct_as_job_cost

        description = self.description

        display_name = self.display_name

        epa_number = self.epa_number

        hours = self.hours

        id = self.id

        intacct_gl_group_account = self.intacct_gl_group_account

        is_chemical = self.is_chemical

        is_configurable_material = self.is_configurable_material

        is_cost_locked = self.is_cost_locked

        is_inventory = self.is_inventory

        is_price_locked = self.is_price_locked

        member_price = self.member_price

        other_vendors = []
        for other_vendors_item_data in self.other_vendors:
            other_vendors_item = other_vendors_item_data.to_dict()
            other_vendors.append(other_vendors_item)

        pays_commission = self.pays_commission

        price = self.price

        primary_vendor = self.primary_vendor.to_dict()

        taxable = self.taxable

        unit_of_measure = self.unit_of_measure

        variation_materials = self.variation_materials

        cost_type_id: int | None | Unset
        if isinstance(self.cost_type_id, Unset):
            cost_type_id = UNSET
        else:
            cost_type_id = self.cost_type_id

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
                "activeIngredients": active_ingredients,
                "addOnMemberPrice": add_on_member_price,
                "addOnPrice": add_on_price,
                "assetAccount": asset_account,
                "assets": assets,
                "bonus": bonus,
                "budgetCostCode": budget_cost_code,
                "budgetCostType": budget_cost_type,
                "categories": categories,
                "chargeableByDefault": chargeable_by_default,
                "code": code,
                "commissionBonus": commission_bonus,
                "cost": cost,
                "costOfSaleAccount": cost_of_sale_account,
                "deductAsJobCost": deduct_as_job_cost,
                "description": description,
                "displayName": display_name,
                "epaNumber": epa_number,
                "hours": hours,
                "id": id,
                "intacctGlGroupAccount": intacct_gl_group_account,
                "isChemical": is_chemical,
                "isConfigurableMaterial": is_configurable_material,
                "isCostLocked": is_cost_locked,
                "isInventory": is_inventory,
                "isPriceLocked": is_price_locked,
                "memberPrice": member_price,
                "otherVendors": other_vendors,
                "paysCommission": pays_commission,
                "price": price,
                "primaryVendor": primary_vendor,
                "taxable": taxable,
                "unitOfMeasure": unit_of_measure,
                "variationMaterials": variation_materials,
            }
        )
        if cost_type_id is not UNSET:
            field_dict["costTypeId"] = cost_type_id
        if external_data is not UNSET:
            field_dict["externalData"] = external_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account")

        active = d.pop("active")

        active_ingredients = d.pop("activeIngredients")

        add_on_member_price = d.pop("addOnMemberPrice")

        add_on_price = d.pop("addOnPrice")

        asset_account = d.pop("assetAccount")

        assets = [
            _models.PricebookV2SkuAssetRequest.from_dict(assets_item_data)
            for assets_item_data in d.pop("assets")
        ]

        bonus = d.pop("bonus")

        budget_cost_code = d.pop("budgetCostCode")

        budget_cost_type = d.pop("budgetCostType")

        categories = d.pop("categories")

        chargeable_by_default = d.pop("chargeableByDefault")

        code = d.pop("code")

        commission_bonus = d.pop("commissionBonus")

        cost = d.pop("cost")

        cost_of_sale_account = d.pop("costOfSaleAccount")

        deduct_as_job_cost = d.pop("deductAsJobCost")

        description = d.pop("description")

        display_name = d.pop("displayName")

        epa_number = d.pop("epaNumber")

        hours = d.pop("hours")

        id = d.pop("id")

        intacct_gl_group_account = d.pop("intacctGlGroupAccount")

        is_chemical = d.pop("isChemical")

        is_configurable_material = d.pop("isConfigurableMaterial")

        is_cost_locked = d.pop("isCostLocked")

        is_inventory = d.pop("isInventory")

        is_price_locked = d.pop("isPriceLocked")

        member_price = d.pop("memberPrice")

        other_vendors = [
            _models.PricebookV2SkuVendorRequest.from_dict(other_vendors_item_data)
            for other_vendors_item_data in d.pop("otherVendors")
        ]

        pays_commission = d.pop("paysCommission")

        price = d.pop("price")

        primary_vendor = _models.PricebookV2SkuVendorRequest.from_dict(
            d.pop("primaryVendor")
        )

        taxable = d.pop("taxable")

        unit_of_measure = d.pop("unitOfMeasure")

        variation_materials = d.pop("variationMaterials")

        cost_type_id = d.pop("costTypeId", UNSET)

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = (
                _models.PricebookV2ExternalDataUpdateRequest.from_dict(external_data)
            )

            external_data = external_data_type_0

        pricebook_v2_material_bulk_update_request = cls(
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
            deduct_as_job_cost,
            description,
            display_name,
            epa_number,
            hours,
            id,
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
            cost_type_id,
            external_data,
        )

        pricebook_v2_material_bulk_update_request.additional_properties = dict(d)
        return pricebook_v2_material_bulk_update_request

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
