from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_external_data_model import PricebookV2ExternalDataModel
    from ..models.pricebook_v2_sku_asset_response import PricebookV2SkuAssetResponse
    from ..models.pricebook_v2_sku_vendor_response import PricebookV2SkuVendorResponse


T = TypeVar("T", bound="PricebookV2MaterialResponse")


@_attrs_define
class PricebookV2MaterialResponse:
    """
    Attributes:
        active (bool):
        add_on_member_price (float):
        add_on_price (float):
        assets (list[PricebookV2SkuAssetResponse]):
        bonus (float):
        categories (list[int]):
        chargeable_by_default (bool):
        code (str):
        commission_bonus (float):
        cost (float):
        created_by_id (int):
        created_on (datetime.datetime):
        deduct_as_job_cost (bool):
        description (str):
        display_in_amount (bool):
        hours (float):
        id (int):
        is_configurable_material (bool):
        is_inventory (bool):
        is_other_direct_cost (bool):
        member_price (float):
        modified_on (datetime.datetime):
        pays_commission (bool):
        price (float):
        account (None | str | Unset):
        active_ingredients (None | str | Unset):
        asset_account (None | str | Unset):
        budget_cost_code (None | str | Unset):
        budget_cost_type (None | str | Unset):
        business_unit_id (int | None | Unset):
        cost_of_sale_account (None | str | Unset):
        cost_type_id (int | None | Unset):
        default_asset_url (None | str | Unset):
        display_name (None | str | Unset):
        epa_number (None | str | Unset):
        external_data (list[PricebookV2ExternalDataModel] | None | Unset):
        external_id (None | str | Unset):
        general_ledger_account_id (int | None | Unset):
        is_chemical (bool | None | Unset):
        is_cost_locked (bool | None | Unset):
        is_price_locked (bool | None | Unset):
        other_vendors (list[PricebookV2SkuVendorResponse] | None | Unset):
        primary_vendor (None | PricebookV2SkuVendorResponse | Unset):
        source (None | str | Unset):
        taxable (bool | None | Unset):
        unit_of_measure (None | str | Unset):
        variations_or_configurable_materials (list[int] | None | Unset):
    """

    active: bool
    add_on_member_price: float
    add_on_price: float
    assets: list[PricebookV2SkuAssetResponse]
    bonus: float
    categories: list[int]
    chargeable_by_default: bool
    code: str
    commission_bonus: float
    cost: float
    created_by_id: int
    created_on: datetime.datetime
    deduct_as_job_cost: bool
    description: str
    display_in_amount: bool
    hours: float
    id: int
    is_configurable_material: bool
    is_inventory: bool
    is_other_direct_cost: bool
    member_price: float
    modified_on: datetime.datetime
    pays_commission: bool
    price: float
    account: None | str | Unset = UNSET
    active_ingredients: None | str | Unset = UNSET
    asset_account: None | str | Unset = UNSET
    budget_cost_code: None | str | Unset = UNSET
    budget_cost_type: None | str | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    cost_of_sale_account: None | str | Unset = UNSET
    cost_type_id: int | None | Unset = UNSET
    default_asset_url: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    epa_number: None | str | Unset = UNSET
    external_data: list[PricebookV2ExternalDataModel] | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    general_ledger_account_id: int | None | Unset = UNSET
    is_chemical: bool | None | Unset = UNSET
    is_cost_locked: bool | None | Unset = UNSET
    is_price_locked: bool | None | Unset = UNSET
    other_vendors: list[PricebookV2SkuVendorResponse] | None | Unset = UNSET
    primary_vendor: None | PricebookV2SkuVendorResponse | Unset = UNSET
    source: None | str | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    unit_of_measure: None | str | Unset = UNSET
    variations_or_configurable_materials: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "addOnMemberPrice",
        "addOnPrice",
        "assets",
        "bonus",
        "categories",
        "chargeableByDefault",
        "code",
        "commissionBonus",
        "cost",
        "createdById",
        "createdOn",
        "deductAsJobCost",
        "description",
        "displayInAmount",
        "hours",
        "id",
        "isConfigurableMaterial",
        "isInventory",
        "isOtherDirectCost",
        "memberPrice",
        "modifiedOn",
        "paysCommission",
        "price",
        "account",
        "activeIngredients",
        "assetAccount",
        "budgetCostCode",
        "budgetCostType",
        "businessUnitId",
        "costOfSaleAccount",
        "costTypeId",
        "defaultAssetUrl",
        "displayName",
        "epaNumber",
        "externalData",
        "externalId",
        "generalLedgerAccountId",
        "isChemical",
        "isCostLocked",
        "isPriceLocked",
        "otherVendors",
        "primaryVendor",
        "source",
        "taxable",
        "unitOfMeasure",
        "variationsOrConfigurableMaterials",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricebook_v2_sku_vendor_response import (
            PricebookV2SkuVendorResponse,
        )

        active = self.active

        add_on_member_price = self.add_on_member_price

        add_on_price = self.add_on_price

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        bonus = self.bonus

        categories = self.categories

        chargeable_by_default = self.chargeable_by_default

        code = self.code

        commission_bonus = self.commission_bonus

        cost = self.cost

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        deduct_as_job_cost = self.deduct_as_job_cost

        description = self.description

        display_in_amount = self.display_in_amount

        hours = self.hours

        id = self.id

        is_configurable_material = self.is_configurable_material

        is_inventory = self.is_inventory

        is_other_direct_cost = self.is_other_direct_cost

        member_price = self.member_price

        modified_on = self.modified_on.isoformat()

        pays_commission = self.pays_commission

        price = self.price

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        active_ingredients: None | str | Unset
        if isinstance(self.active_ingredients, Unset):
            active_ingredients = UNSET
        else:
            active_ingredients = self.active_ingredients

        asset_account: None | str | Unset
        if isinstance(self.asset_account, Unset):
            asset_account = UNSET
        else:
            asset_account = self.asset_account

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

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

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

        default_asset_url: None | str | Unset
        if isinstance(self.default_asset_url, Unset):
            default_asset_url = UNSET
        else:
            default_asset_url = self.default_asset_url

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

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        general_ledger_account_id: int | None | Unset
        if isinstance(self.general_ledger_account_id, Unset):
            general_ledger_account_id = UNSET
        else:
            general_ledger_account_id = self.general_ledger_account_id

        is_chemical: bool | None | Unset
        if isinstance(self.is_chemical, Unset):
            is_chemical = UNSET
        else:
            is_chemical = self.is_chemical

        is_cost_locked: bool | None | Unset
        if isinstance(self.is_cost_locked, Unset):
            is_cost_locked = UNSET
        else:
            is_cost_locked = self.is_cost_locked

        is_price_locked: bool | None | Unset
        if isinstance(self.is_price_locked, Unset):
            is_price_locked = UNSET
        else:
            is_price_locked = self.is_price_locked

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

        primary_vendor: dict[str, Any] | None | Unset
        if isinstance(self.primary_vendor, Unset):
            primary_vendor = UNSET
        elif isinstance(self.primary_vendor, PricebookV2SkuVendorResponse):
            primary_vendor = self.primary_vendor.to_dict()
        else:
            primary_vendor = self.primary_vendor

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

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

        variations_or_configurable_materials: list[int] | None | Unset
        if isinstance(self.variations_or_configurable_materials, Unset):
            variations_or_configurable_materials = UNSET
        elif isinstance(self.variations_or_configurable_materials, list):
            variations_or_configurable_materials = (
                self.variations_or_configurable_materials
            )

        else:
            variations_or_configurable_materials = (
                self.variations_or_configurable_materials
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "addOnMemberPrice": add_on_member_price,
                "addOnPrice": add_on_price,
                "assets": assets,
                "bonus": bonus,
                "categories": categories,
                "chargeableByDefault": chargeable_by_default,
                "code": code,
                "commissionBonus": commission_bonus,
                "cost": cost,
                "createdById": created_by_id,
                "createdOn": created_on,
                "deductAsJobCost": deduct_as_job_cost,
                "description": description,
                "displayInAmount": display_in_amount,
                "hours": hours,
                "id": id,
                "isConfigurableMaterial": is_configurable_material,
                "isInventory": is_inventory,
                "isOtherDirectCost": is_other_direct_cost,
                "memberPrice": member_price,
                "modifiedOn": modified_on,
                "paysCommission": pays_commission,
                "price": price,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if active_ingredients is not UNSET:
            field_dict["activeIngredients"] = active_ingredients
        if asset_account is not UNSET:
            field_dict["assetAccount"] = asset_account
        if budget_cost_code is not UNSET:
            field_dict["budgetCostCode"] = budget_cost_code
        if budget_cost_type is not UNSET:
            field_dict["budgetCostType"] = budget_cost_type
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if cost_of_sale_account is not UNSET:
            field_dict["costOfSaleAccount"] = cost_of_sale_account
        if cost_type_id is not UNSET:
            field_dict["costTypeId"] = cost_type_id
        if default_asset_url is not UNSET:
            field_dict["defaultAssetUrl"] = default_asset_url
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if epa_number is not UNSET:
            field_dict["epaNumber"] = epa_number
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if general_ledger_account_id is not UNSET:
            field_dict["generalLedgerAccountId"] = general_ledger_account_id
        if is_chemical is not UNSET:
            field_dict["isChemical"] = is_chemical
        if is_cost_locked is not UNSET:
            field_dict["isCostLocked"] = is_cost_locked
        if is_price_locked is not UNSET:
            field_dict["isPriceLocked"] = is_price_locked
        if other_vendors is not UNSET:
            field_dict["otherVendors"] = other_vendors
        if primary_vendor is not UNSET:
            field_dict["primaryVendor"] = primary_vendor
        if source is not UNSET:
            field_dict["source"] = source
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if variations_or_configurable_materials is not UNSET:
            field_dict["variationsOrConfigurableMaterials"] = (
                variations_or_configurable_materials
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        add_on_member_price = d.pop("addOnMemberPrice")

        add_on_price = d.pop("addOnPrice")

        assets = [
            _models.PricebookV2SkuAssetResponse.from_dict(assets_item_data)
            for assets_item_data in d.pop("assets")
        ]

        bonus = d.pop("bonus")

        categories = d.pop("categories")

        chargeable_by_default = d.pop("chargeableByDefault")

        code = d.pop("code")

        commission_bonus = d.pop("commissionBonus")

        cost = d.pop("cost")

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        deduct_as_job_cost = d.pop("deductAsJobCost")

        description = d.pop("description")

        display_in_amount = d.pop("displayInAmount")

        hours = d.pop("hours")

        id = d.pop("id")

        is_configurable_material = d.pop("isConfigurableMaterial")

        is_inventory = d.pop("isInventory")

        is_other_direct_cost = d.pop("isOtherDirectCost")

        member_price = d.pop("memberPrice")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        pays_commission = d.pop("paysCommission")

        price = d.pop("price")

        account = d.pop("account", UNSET)

        active_ingredients = d.pop("activeIngredients", UNSET)

        asset_account = d.pop("assetAccount", UNSET)

        budget_cost_code = d.pop("budgetCostCode", UNSET)

        budget_cost_type = d.pop("budgetCostType", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        cost_of_sale_account = d.pop("costOfSaleAccount", UNSET)

        cost_type_id = d.pop("costTypeId", UNSET)

        default_asset_url = d.pop("defaultAssetUrl", UNSET)

        display_name = d.pop("displayName", UNSET)

        epa_number = d.pop("epaNumber", UNSET)

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

        external_id = d.pop("externalId", UNSET)

        general_ledger_account_id = d.pop("generalLedgerAccountId", UNSET)

        is_chemical = d.pop("isChemical", UNSET)

        is_cost_locked = d.pop("isCostLocked", UNSET)

        is_price_locked = d.pop("isPriceLocked", UNSET)

        other_vendors = d.pop("otherVendors", UNSET)
        if other_vendors is not None and not isinstance(other_vendors, Unset):
            if not isinstance(other_vendors, list):
                raise TypeError()
            other_vendors_type_0 = [
                _models.PricebookV2SkuVendorResponse.from_dict(
                    other_vendors_type_0_item_data
                )
                for other_vendors_type_0_item_data in other_vendors
            ]

            other_vendors = other_vendors_type_0

        primary_vendor = d.pop("primaryVendor", UNSET)
        if primary_vendor is not None and not isinstance(primary_vendor, Unset):
            if not isinstance(primary_vendor, dict):
                raise TypeError()
            primary_vendor_type_0 = _models.PricebookV2SkuVendorResponse.from_dict(
                primary_vendor
            )

            primary_vendor = primary_vendor_type_0

        source = d.pop("source", UNSET)

        taxable = d.pop("taxable", UNSET)

        unit_of_measure = d.pop("unitOfMeasure", UNSET)

        variations_or_configurable_materials = d.pop(
            "variationsOrConfigurableMaterials", UNSET
        )
        if variations_or_configurable_materials is not None and not isinstance(
            variations_or_configurable_materials, Unset
        ):
            if not isinstance(variations_or_configurable_materials, list):
                raise TypeError()
            variations_or_configurable_materials_type_0 = (
                variations_or_configurable_materials
            )

            variations_or_configurable_materials = (
                variations_or_configurable_materials_type_0
            )

        pricebook_v2_material_response = cls(
            active,
            add_on_member_price,
            add_on_price,
            assets,
            bonus,
            categories,
            chargeable_by_default,
            code,
            commission_bonus,
            cost,
            created_by_id,
            created_on,
            deduct_as_job_cost,
            description,
            display_in_amount,
            hours,
            id,
            is_configurable_material,
            is_inventory,
            is_other_direct_cost,
            member_price,
            modified_on,
            pays_commission,
            price,
            account,
            active_ingredients,
            asset_account,
            budget_cost_code,
            budget_cost_type,
            business_unit_id,
            cost_of_sale_account,
            cost_type_id,
            default_asset_url,
            display_name,
            epa_number,
            external_data,
            external_id,
            general_ledger_account_id,
            is_chemical,
            is_cost_locked,
            is_price_locked,
            other_vendors,
            primary_vendor,
            source,
            taxable,
            unit_of_measure,
            variations_or_configurable_materials,
        )

        pricebook_v2_material_response.additional_properties = dict(d)
        return pricebook_v2_material_response

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
