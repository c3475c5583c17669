from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_dimensions_request import PricebookV2DimensionsRequest
    from ..models.pricebook_v2_equipment_recommendation_request import (
        PricebookV2EquipmentRecommendationRequest,
    )
    from ..models.pricebook_v2_external_data_create_request import (
        PricebookV2ExternalDataCreateRequest,
    )
    from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest
    from ..models.pricebook_v2_sku_link_request import PricebookV2SkuLinkRequest
    from ..models.pricebook_v2_sku_vendor_request import PricebookV2SkuVendorRequest
    from ..models.pricebook_v2_sku_warranty_request import PricebookV2SkuWarrantyRequest


T = TypeVar("T", bound="PricebookV2EquipmentCreateRequest")


@_attrs_define
class PricebookV2EquipmentCreateRequest:
    """
    Attributes:
        code (str):
        description (str):
        account (None | str | Unset):
        active (bool | None | Unset):
        add_on_member_price (float | None | Unset):
        add_on_price (float | None | Unset):
        asset_account (None | str | Unset):
        assets (list[PricebookV2SkuAssetRequest] | None | Unset):
        bonus (float | None | Unset):
        budget_cost_code (None | str | Unset):
        budget_cost_type (None | str | Unset):
        categories (list[int] | None | Unset):
        commission_bonus (float | None | Unset):
        cost (float | None | Unset):
        cost_of_sale_account (None | str | Unset):
        cross_sale_group (None | str | Unset):
        dimensions (None | PricebookV2DimensionsRequest | Unset):
        display_name (None | str | Unset):
        equipment_materials (list[PricebookV2SkuLinkRequest] | None | Unset):
        external_data (None | PricebookV2ExternalDataCreateRequest | Unset):
        hours (float | None | Unset):
        intacct_gl_group_account (None | str | Unset):
        is_configurable_equipment (bool | None | Unset):
        is_cost_locked (bool | None | Unset):
        is_inventory (bool | None | Unset):
        is_price_locked (bool | None | Unset):
        manufacturer (None | str | Unset):
        manufacturer_warranty (None | PricebookV2SkuWarrantyRequest | Unset):
        member_price (float | None | Unset):
        model (None | str | Unset):
        other_vendors (list[PricebookV2SkuVendorRequest] | None | Unset):
        pays_commission (bool | None | Unset):
        price (float | None | Unset):
        primary_vendor (None | PricebookV2SkuVendorRequest | Unset):
        recommendations (list[PricebookV2EquipmentRecommendationRequest] | None | Unset):
        service_provider_warranty (None | PricebookV2SkuWarrantyRequest | Unset):
        taxable (bool | None | Unset):
        unit_of_measure (None | str | Unset):
        upgrades (list[int] | None | Unset):
        variation_equipment (list[int] | None | Unset):
    """

    code: str
    description: str
    account: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    add_on_member_price: float | None | Unset = UNSET
    add_on_price: float | None | Unset = UNSET
    asset_account: None | str | Unset = UNSET
    assets: list[PricebookV2SkuAssetRequest] | None | Unset = UNSET
    bonus: float | None | Unset = UNSET
    budget_cost_code: None | str | Unset = UNSET
    budget_cost_type: None | str | Unset = UNSET
    categories: list[int] | None | Unset = UNSET
    commission_bonus: float | None | Unset = UNSET
    cost: float | None | Unset = UNSET
    cost_of_sale_account: None | str | Unset = UNSET
    cross_sale_group: None | str | Unset = UNSET
    dimensions: None | PricebookV2DimensionsRequest | Unset = UNSET
    display_name: None | str | Unset = UNSET
    equipment_materials: list[PricebookV2SkuLinkRequest] | None | Unset = UNSET
    external_data: None | PricebookV2ExternalDataCreateRequest | Unset = UNSET
    hours: float | None | Unset = UNSET
    intacct_gl_group_account: None | str | Unset = UNSET
    is_configurable_equipment: bool | None | Unset = UNSET
    is_cost_locked: bool | None | Unset = UNSET
    is_inventory: bool | None | Unset = UNSET
    is_price_locked: bool | None | Unset = UNSET
    manufacturer: None | str | Unset = UNSET
    manufacturer_warranty: None | PricebookV2SkuWarrantyRequest | Unset = UNSET
    member_price: float | None | Unset = UNSET
    model: None | str | Unset = UNSET
    other_vendors: list[PricebookV2SkuVendorRequest] | None | Unset = UNSET
    pays_commission: bool | None | Unset = UNSET
    price: float | None | Unset = UNSET
    primary_vendor: None | PricebookV2SkuVendorRequest | Unset = UNSET
    recommendations: list[PricebookV2EquipmentRecommendationRequest] | None | Unset = (
        UNSET
    )
    service_provider_warranty: None | PricebookV2SkuWarrantyRequest | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    unit_of_measure: None | str | Unset = UNSET
    upgrades: list[int] | None | Unset = UNSET
    variation_equipment: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "code",
        "description",
        "account",
        "active",
        "addOnMemberPrice",
        "addOnPrice",
        "assetAccount",
        "assets",
        "bonus",
        "budgetCostCode",
        "budgetCostType",
        "categories",
        "commissionBonus",
        "cost",
        "costOfSaleAccount",
        "crossSaleGroup",
        "dimensions",
        "displayName",
        "equipmentMaterials",
        "externalData",
        "hours",
        "intacctGlGroupAccount",
        "isConfigurableEquipment",
        "isCostLocked",
        "isInventory",
        "isPriceLocked",
        "manufacturer",
        "manufacturerWarranty",
        "memberPrice",
        "model",
        "otherVendors",
        "paysCommission",
        "price",
        "primaryVendor",
        "recommendations",
        "serviceProviderWarranty",
        "taxable",
        "unitOfMeasure",
        "upgrades",
        "variationEquipment",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricebook_v2_dimensions_request import (
            PricebookV2DimensionsRequest,
        )
        from ..models.pricebook_v2_external_data_create_request import (
            PricebookV2ExternalDataCreateRequest,
        )
        from ..models.pricebook_v2_sku_vendor_request import PricebookV2SkuVendorRequest
        from ..models.pricebook_v2_sku_warranty_request import (
            PricebookV2SkuWarrantyRequest,
        )

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

        cross_sale_group: None | str | Unset
        if isinstance(self.cross_sale_group, Unset):
            cross_sale_group = UNSET
        else:
            cross_sale_group = self.cross_sale_group

        dimensions: dict[str, Any] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, PricebookV2DimensionsRequest):
            dimensions = self.dimensions.to_dict()
        else:
            dimensions = self.dimensions

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        equipment_materials: list[dict[str, Any]] | None | Unset
        if isinstance(self.equipment_materials, Unset):
            equipment_materials = UNSET
        elif isinstance(self.equipment_materials, list):
            equipment_materials = []
            for equipment_materials_type_0_item_data in self.equipment_materials:
                equipment_materials_type_0_item = (
                    equipment_materials_type_0_item_data.to_dict()
                )
                equipment_materials.append(equipment_materials_type_0_item)

        else:
            equipment_materials = self.equipment_materials

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

        is_configurable_equipment: bool | None | Unset
        if isinstance(self.is_configurable_equipment, Unset):
            is_configurable_equipment = UNSET
        else:
            is_configurable_equipment = self.is_configurable_equipment

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

        is_price_locked: bool | None | Unset
        if isinstance(self.is_price_locked, Unset):
            is_price_locked = UNSET
        else:
            is_price_locked = self.is_price_locked

        manufacturer: None | str | Unset
        if isinstance(self.manufacturer, Unset):
            manufacturer = UNSET
        else:
            manufacturer = self.manufacturer

        manufacturer_warranty: dict[str, Any] | None | Unset
        if isinstance(self.manufacturer_warranty, Unset):
            manufacturer_warranty = UNSET
        elif isinstance(self.manufacturer_warranty, PricebookV2SkuWarrantyRequest):
            manufacturer_warranty = self.manufacturer_warranty.to_dict()
        else:
            manufacturer_warranty = self.manufacturer_warranty

        member_price: float | None | Unset
        if isinstance(self.member_price, Unset):
            member_price = UNSET
        else:
            member_price = self.member_price

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

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

        recommendations: list[dict[str, Any]] | None | Unset
        if isinstance(self.recommendations, Unset):
            recommendations = UNSET
        elif isinstance(self.recommendations, list):
            recommendations = []
            for recommendations_type_0_item_data in self.recommendations:
                recommendations_type_0_item = recommendations_type_0_item_data.to_dict()
                recommendations.append(recommendations_type_0_item)

        else:
            recommendations = self.recommendations

        service_provider_warranty: dict[str, Any] | None | Unset
        if isinstance(self.service_provider_warranty, Unset):
            service_provider_warranty = UNSET
        elif isinstance(self.service_provider_warranty, PricebookV2SkuWarrantyRequest):
            service_provider_warranty = self.service_provider_warranty.to_dict()
        else:
            service_provider_warranty = self.service_provider_warranty

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

        upgrades: list[int] | None | Unset
        if isinstance(self.upgrades, Unset):
            upgrades = UNSET
        elif isinstance(self.upgrades, list):
            upgrades = self.upgrades

        else:
            upgrades = self.upgrades

        variation_equipment: list[int] | None | Unset
        if isinstance(self.variation_equipment, Unset):
            variation_equipment = UNSET
        elif isinstance(self.variation_equipment, list):
            variation_equipment = self.variation_equipment

        else:
            variation_equipment = self.variation_equipment

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
        if commission_bonus is not UNSET:
            field_dict["commissionBonus"] = commission_bonus
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_of_sale_account is not UNSET:
            field_dict["costOfSaleAccount"] = cost_of_sale_account
        if cross_sale_group is not UNSET:
            field_dict["crossSaleGroup"] = cross_sale_group
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if equipment_materials is not UNSET:
            field_dict["equipmentMaterials"] = equipment_materials
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if hours is not UNSET:
            field_dict["hours"] = hours
        if intacct_gl_group_account is not UNSET:
            field_dict["intacctGlGroupAccount"] = intacct_gl_group_account
        if is_configurable_equipment is not UNSET:
            field_dict["isConfigurableEquipment"] = is_configurable_equipment
        if is_cost_locked is not UNSET:
            field_dict["isCostLocked"] = is_cost_locked
        if is_inventory is not UNSET:
            field_dict["isInventory"] = is_inventory
        if is_price_locked is not UNSET:
            field_dict["isPriceLocked"] = is_price_locked
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if manufacturer_warranty is not UNSET:
            field_dict["manufacturerWarranty"] = manufacturer_warranty
        if member_price is not UNSET:
            field_dict["memberPrice"] = member_price
        if model is not UNSET:
            field_dict["model"] = model
        if other_vendors is not UNSET:
            field_dict["otherVendors"] = other_vendors
        if pays_commission is not UNSET:
            field_dict["paysCommission"] = pays_commission
        if price is not UNSET:
            field_dict["price"] = price
        if primary_vendor is not UNSET:
            field_dict["primaryVendor"] = primary_vendor
        if recommendations is not UNSET:
            field_dict["recommendations"] = recommendations
        if service_provider_warranty is not UNSET:
            field_dict["serviceProviderWarranty"] = service_provider_warranty
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if upgrades is not UNSET:
            field_dict["upgrades"] = upgrades
        if variation_equipment is not UNSET:
            field_dict["variationEquipment"] = variation_equipment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        account = d.pop("account", UNSET)

        active = d.pop("active", UNSET)

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

        commission_bonus = d.pop("commissionBonus", UNSET)

        cost = d.pop("cost", UNSET)

        cost_of_sale_account = d.pop("costOfSaleAccount", UNSET)

        cross_sale_group = d.pop("crossSaleGroup", UNSET)

        dimensions = d.pop("dimensions", UNSET)
        if dimensions is not None and not isinstance(dimensions, Unset):
            if not isinstance(dimensions, dict):
                raise TypeError()
            dimensions_type_0 = _models.PricebookV2DimensionsRequest.from_dict(
                dimensions
            )

            dimensions = dimensions_type_0

        display_name = d.pop("displayName", UNSET)

        equipment_materials = d.pop("equipmentMaterials", UNSET)
        if equipment_materials is not None and not isinstance(
            equipment_materials, Unset
        ):
            if not isinstance(equipment_materials, list):
                raise TypeError()
            equipment_materials_type_0 = [
                _models.PricebookV2SkuLinkRequest.from_dict(
                    equipment_materials_type_0_item_data
                )
                for equipment_materials_type_0_item_data in equipment_materials
            ]

            equipment_materials = equipment_materials_type_0

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

        is_configurable_equipment = d.pop("isConfigurableEquipment", UNSET)

        is_cost_locked = d.pop("isCostLocked", UNSET)

        is_inventory = d.pop("isInventory", UNSET)

        is_price_locked = d.pop("isPriceLocked", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        manufacturer_warranty = d.pop("manufacturerWarranty", UNSET)
        if manufacturer_warranty is not None and not isinstance(
            manufacturer_warranty, Unset
        ):
            if not isinstance(manufacturer_warranty, dict):
                raise TypeError()
            manufacturer_warranty_type_0 = (
                _models.PricebookV2SkuWarrantyRequest.from_dict(manufacturer_warranty)
            )

            manufacturer_warranty = manufacturer_warranty_type_0

        member_price = d.pop("memberPrice", UNSET)

        model = d.pop("model", UNSET)

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

        recommendations = d.pop("recommendations", UNSET)
        if recommendations is not None and not isinstance(recommendations, Unset):
            if not isinstance(recommendations, list):
                raise TypeError()
            recommendations_type_0 = [
                _models.PricebookV2EquipmentRecommendationRequest.from_dict(
                    recommendations_type_0_item_data
                )
                for recommendations_type_0_item_data in recommendations
            ]

            recommendations = recommendations_type_0

        service_provider_warranty = d.pop("serviceProviderWarranty", UNSET)
        if service_provider_warranty is not None and not isinstance(
            service_provider_warranty, Unset
        ):
            if not isinstance(service_provider_warranty, dict):
                raise TypeError()
            service_provider_warranty_type_0 = (
                _models.PricebookV2SkuWarrantyRequest.from_dict(
                    service_provider_warranty
                )
            )

            service_provider_warranty = service_provider_warranty_type_0

        taxable = d.pop("taxable", UNSET)

        unit_of_measure = d.pop("unitOfMeasure", UNSET)

        upgrades = d.pop("upgrades", UNSET)
        if upgrades is not None and not isinstance(upgrades, Unset):
            if not isinstance(upgrades, list):
                raise TypeError()
            upgrades_type_0 = upgrades

            upgrades = upgrades_type_0

        variation_equipment = d.pop("variationEquipment", UNSET)
        if variation_equipment is not None and not isinstance(
            variation_equipment, Unset
        ):
            if not isinstance(variation_equipment, list):
                raise TypeError()
            variation_equipment_type_0 = variation_equipment

            variation_equipment = variation_equipment_type_0

        pricebook_v2_equipment_create_request = cls(
            code,
            description,
            account,
            active,
            add_on_member_price,
            add_on_price,
            asset_account,
            assets,
            bonus,
            budget_cost_code,
            budget_cost_type,
            categories,
            commission_bonus,
            cost,
            cost_of_sale_account,
            cross_sale_group,
            dimensions,
            display_name,
            equipment_materials,
            external_data,
            hours,
            intacct_gl_group_account,
            is_configurable_equipment,
            is_cost_locked,
            is_inventory,
            is_price_locked,
            manufacturer,
            manufacturer_warranty,
            member_price,
            model,
            other_vendors,
            pays_commission,
            price,
            primary_vendor,
            recommendations,
            service_provider_warranty,
            taxable,
            unit_of_measure,
            upgrades,
            variation_equipment,
        )

        pricebook_v2_equipment_create_request.additional_properties = dict(d)
        return pricebook_v2_equipment_create_request

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
