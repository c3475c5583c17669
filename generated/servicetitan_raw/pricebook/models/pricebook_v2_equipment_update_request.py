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
    from ..models.pricebook_v2_external_data_update_request import (
        PricebookV2ExternalDataUpdateRequest,
    )
    from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest
    from ..models.pricebook_v2_sku_link_request import PricebookV2SkuLinkRequest
    from ..models.pricebook_v2_sku_vendor_request import PricebookV2SkuVendorRequest
    from ..models.pricebook_v2_sku_warranty_request import PricebookV2SkuWarrantyRequest


T = TypeVar("T", bound="PricebookV2EquipmentUpdateRequest")


@_attrs_define
class PricebookV2EquipmentUpdateRequest:
    """
    Attributes:
        account (str | Unset):
        active (bool | Unset):
        add_on_member_price (float | Unset):
        add_on_price (float | Unset):
        asset_account (str | Unset):
        assets (list[PricebookV2SkuAssetRequest] | Unset):
        bonus (float | Unset):
        budget_cost_code (str | Unset):
        budget_cost_type (str | Unset):
        categories (list[int] | Unset):
        code (str | Unset):
        commission_bonus (float | Unset):
        cost (float | Unset):
        cost_of_sale_account (str | Unset):
        cross_sale_group (str | Unset):
        description (str | Unset):
        dimensions (PricebookV2DimensionsRequest | Unset):
        display_name (str | Unset):
        equipment_materials (list[PricebookV2SkuLinkRequest] | Unset):
        external_data (None | PricebookV2ExternalDataUpdateRequest | Unset):
        hours (float | Unset):
        intacct_gl_group_account (str | Unset):
        is_configurable_equipment (bool | Unset):
        is_cost_locked (bool | Unset):
        is_inventory (bool | Unset):
        is_price_locked (bool | Unset):
        manufacturer (str | Unset):
        manufacturer_warranty (PricebookV2SkuWarrantyRequest | Unset):
        member_price (float | Unset):
        model (str | Unset):
        other_vendors (list[PricebookV2SkuVendorRequest] | Unset):
        pays_commission (bool | Unset):
        price (float | Unset):
        primary_vendor (PricebookV2SkuVendorRequest | Unset):
        recommendations (list[PricebookV2EquipmentRecommendationRequest] | Unset):
        service_provider_warranty (PricebookV2SkuWarrantyRequest | Unset):
        taxable (bool | Unset):
        unit_of_measure (str | Unset):
        upgrades (list[int] | Unset):
        variation_equipment (list[int] | Unset):
    """

    account: str | Unset = UNSET
    active: bool | Unset = UNSET
    add_on_member_price: float | Unset = UNSET
    add_on_price: float | Unset = UNSET
    asset_account: str | Unset = UNSET
    assets: list[PricebookV2SkuAssetRequest] | Unset = UNSET
    bonus: float | Unset = UNSET
    budget_cost_code: str | Unset = UNSET
    budget_cost_type: str | Unset = UNSET
    categories: list[int] | Unset = UNSET
    code: str | Unset = UNSET
    commission_bonus: float | Unset = UNSET
    cost: float | Unset = UNSET
    cost_of_sale_account: str | Unset = UNSET
    cross_sale_group: str | Unset = UNSET
    description: str | Unset = UNSET
    dimensions: PricebookV2DimensionsRequest | Unset = UNSET
    display_name: str | Unset = UNSET
    equipment_materials: list[PricebookV2SkuLinkRequest] | Unset = UNSET
    external_data: None | PricebookV2ExternalDataUpdateRequest | Unset = UNSET
    hours: float | Unset = UNSET
    intacct_gl_group_account: str | Unset = UNSET
    is_configurable_equipment: bool | Unset = UNSET
    is_cost_locked: bool | Unset = UNSET
    is_inventory: bool | Unset = UNSET
    is_price_locked: bool | Unset = UNSET
    manufacturer: str | Unset = UNSET
    manufacturer_warranty: PricebookV2SkuWarrantyRequest | Unset = UNSET
    member_price: float | Unset = UNSET
    model: str | Unset = UNSET
    other_vendors: list[PricebookV2SkuVendorRequest] | Unset = UNSET
    pays_commission: bool | Unset = UNSET
    price: float | Unset = UNSET
    primary_vendor: PricebookV2SkuVendorRequest | Unset = UNSET
    recommendations: list[PricebookV2EquipmentRecommendationRequest] | Unset = UNSET
    service_provider_warranty: PricebookV2SkuWarrantyRequest | Unset = UNSET
    taxable: bool | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    upgrades: list[int] | Unset = UNSET
    variation_equipment: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
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
        "code",
        "commissionBonus",
        "cost",
        "costOfSaleAccount",
        "crossSaleGroup",
        "description",
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
        from ..models.pricebook_v2_external_data_update_request import (
            PricebookV2ExternalDataUpdateRequest,
        )

        account = self.account

        active = self.active

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

        code = self.code

        commission_bonus = self.commission_bonus

        cost = self.cost

        cost_of_sale_account = self.cost_of_sale_account

        cross_sale_group = self.cross_sale_group

        description = self.description

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        display_name = self.display_name

        equipment_materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.equipment_materials, Unset):
            equipment_materials = []
            for equipment_materials_item_data in self.equipment_materials:
                equipment_materials_item = equipment_materials_item_data.to_dict()
                equipment_materials.append(equipment_materials_item)

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, PricebookV2ExternalDataUpdateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        hours = self.hours

        intacct_gl_group_account = self.intacct_gl_group_account

        is_configurable_equipment = self.is_configurable_equipment

        is_cost_locked = self.is_cost_locked

        is_inventory = self.is_inventory

        is_price_locked = self.is_price_locked

        manufacturer = self.manufacturer

        manufacturer_warranty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manufacturer_warranty, Unset):
            manufacturer_warranty = self.manufacturer_warranty.to_dict()

        member_price = self.member_price

        model = self.model

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

        recommendations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recommendations, Unset):
            recommendations = []
            for recommendations_item_data in self.recommendations:
                recommendations_item = recommendations_item_data.to_dict()
                recommendations.append(recommendations_item)

        service_provider_warranty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_provider_warranty, Unset):
            service_provider_warranty = self.service_provider_warranty.to_dict()

        taxable = self.taxable

        unit_of_measure = self.unit_of_measure

        upgrades: list[int] | Unset = UNSET
        if not isinstance(self.upgrades, Unset):
            upgrades = self.upgrades

        variation_equipment: list[int] | Unset = UNSET
        if not isinstance(self.variation_equipment, Unset):
            variation_equipment = self.variation_equipment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if code is not UNSET:
            field_dict["code"] = code
        if commission_bonus is not UNSET:
            field_dict["commissionBonus"] = commission_bonus
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_of_sale_account is not UNSET:
            field_dict["costOfSaleAccount"] = cost_of_sale_account
        if cross_sale_group is not UNSET:
            field_dict["crossSaleGroup"] = cross_sale_group
        if description is not UNSET:
            field_dict["description"] = description
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
        account = d.pop("account", UNSET)

        active = d.pop("active", UNSET)

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

        code = d.pop("code", UNSET)

        commission_bonus = d.pop("commissionBonus", UNSET)

        cost = d.pop("cost", UNSET)

        cost_of_sale_account = d.pop("costOfSaleAccount", UNSET)

        cross_sale_group = d.pop("crossSaleGroup", UNSET)

        description = d.pop("description", UNSET)

        dimensions = d.pop("dimensions", UNSET)
        if not isinstance(dimensions, Unset):
            dimensions = _models.PricebookV2DimensionsRequest.from_dict(dimensions)

        display_name = d.pop("displayName", UNSET)

        equipment_materials = d.pop("equipmentMaterials", UNSET)
        if equipment_materials is not UNSET:
            equipment_materials = [
                _models.PricebookV2SkuLinkRequest.from_dict(
                    equipment_materials_item_data
                )
                for equipment_materials_item_data in equipment_materials
            ]

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

        is_configurable_equipment = d.pop("isConfigurableEquipment", UNSET)

        is_cost_locked = d.pop("isCostLocked", UNSET)

        is_inventory = d.pop("isInventory", UNSET)

        is_price_locked = d.pop("isPriceLocked", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        manufacturer_warranty = d.pop("manufacturerWarranty", UNSET)
        if not isinstance(manufacturer_warranty, Unset):
            manufacturer_warranty = _models.PricebookV2SkuWarrantyRequest.from_dict(
                manufacturer_warranty
            )

        member_price = d.pop("memberPrice", UNSET)

        model = d.pop("model", UNSET)

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

        recommendations = d.pop("recommendations", UNSET)
        if recommendations is not UNSET:
            recommendations = [
                _models.PricebookV2EquipmentRecommendationRequest.from_dict(
                    recommendations_item_data
                )
                for recommendations_item_data in recommendations
            ]

        service_provider_warranty = d.pop("serviceProviderWarranty", UNSET)
        if not isinstance(service_provider_warranty, Unset):
            service_provider_warranty = _models.PricebookV2SkuWarrantyRequest.from_dict(
                service_provider_warranty
            )

        taxable = d.pop("taxable", UNSET)

        unit_of_measure = d.pop("unitOfMeasure", UNSET)

        upgrades = d.pop("upgrades", UNSET)

        variation_equipment = d.pop("variationEquipment", UNSET)

        pricebook_v2_equipment_update_request = cls(
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
            code,
            commission_bonus,
            cost,
            cost_of_sale_account,
            cross_sale_group,
            description,
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

        pricebook_v2_equipment_update_request.additional_properties = dict(d)
        return pricebook_v2_equipment_update_request

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
