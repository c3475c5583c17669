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


T = TypeVar("T", bound="PricebookV2EquipmentBulkUpdateRequest")


@_attrs_define
class PricebookV2EquipmentBulkUpdateRequest:
    """
    Attributes:
        account (str):
        active (bool):
        add_on_member_price (float):
        add_on_price (float):
        asset_account (str):
        assets (list[PricebookV2SkuAssetRequest]):
        bonus (float):
        budget_cost_code (str):
        budget_cost_type (str):
        categories (list[int]):
        code (str):
        commission_bonus (float):
        cost (float):
        cost_of_sale_account (str):
        cross_sale_group (str):
        description (str):
        dimensions (PricebookV2DimensionsRequest):
        display_name (str):
        equipment_materials (list[PricebookV2SkuLinkRequest]):
        hours (float):
        id (int):
        intacct_gl_group_account (str):
        is_configurable_equipment (bool):
        is_cost_locked (bool):
        is_inventory (bool):
        is_price_locked (bool):
        manufacturer (str):
        manufacturer_warranty (PricebookV2SkuWarrantyRequest):
        member_price (float):
        model (str):
        other_vendors (list[PricebookV2SkuVendorRequest]):
        pays_commission (bool):
        price (float):
        primary_vendor (PricebookV2SkuVendorRequest):
        recommendations (list[PricebookV2EquipmentRecommendationRequest]):
        service_provider_warranty (PricebookV2SkuWarrantyRequest):
        taxable (bool):
        unit_of_measure (str):
        upgrades (list[int]):
        variation_equipment (list[int]):
        external_data (None | PricebookV2ExternalDataUpdateRequest | Unset):
    """

    account: str
    active: bool
    add_on_member_price: float
    add_on_price: float
    asset_account: str
    assets: list[PricebookV2SkuAssetRequest]
    bonus: float
    budget_cost_code: str
    budget_cost_type: str
    categories: list[int]
    code: str
    commission_bonus: float
    cost: float
    cost_of_sale_account: str
    cross_sale_group: str
    description: str
    dimensions: PricebookV2DimensionsRequest
    display_name: str
    equipment_materials: list[PricebookV2SkuLinkRequest]
    hours: float
    id: int
    intacct_gl_group_account: str
    is_configurable_equipment: bool
    is_cost_locked: bool
    is_inventory: bool
    is_price_locked: bool
    manufacturer: str
    manufacturer_warranty: PricebookV2SkuWarrantyRequest
    member_price: float
    model: str
    other_vendors: list[PricebookV2SkuVendorRequest]
    pays_commission: bool
    price: float
    primary_vendor: PricebookV2SkuVendorRequest
    recommendations: list[PricebookV2EquipmentRecommendationRequest]
    service_provider_warranty: PricebookV2SkuWarrantyRequest
    taxable: bool
    unit_of_measure: str
    upgrades: list[int]
    variation_equipment: list[int]
    external_data: None | PricebookV2ExternalDataUpdateRequest | Unset = UNSET
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
        "hours",
        "id",
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
        "externalData",
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

        cost = self.cost

        cost_of_sale_account = self.cost_of_sale_account

        cross_sale_group = self.cross_sale_group

        description = self.description

        dimensions = self.dimensions.to_dict()

        display_name = self.display_name

        equipment_materials = []
        for equipment_materials_item_data in self.equipment_materials:
            equipment_materials_item = equipment_materials_item_data.to_dict()
            equipment_materials.append(equipment_materials_item)

        hours = self.hours

        id = self.id

        intacct_gl_group_account = self.intacct_gl_group_account

        is_configurable_equipment = self.is_configurable_equipment

        is_cost_locked = self.is_cost_locked

        is_inventory = self.is_inventory

        is_price_locked = self.is_price_locked

        manufacturer = self.manufacturer

        manufacturer_warranty = self.manufacturer_warranty.to_dict()

        member_price = self.member_price

        model = self.model

        other_vendors = []
        for other_vendors_item_data in self.other_vendors:
            other_vendors_item = other_vendors_item_data.to_dict()
            other_vendors.append(other_vendors_item)

        pays_commission = self.pays_commission

        price = self.price

        primary_vendor = self.primary_vendor.to_dict()

        recommendations = []
        for recommendations_item_data in self.recommendations:
            recommendations_item = recommendations_item_data.to_dict()
            recommendations.append(recommendations_item)

        service_provider_warranty = self.service_provider_warranty.to_dict()

        taxable = self.taxable

        unit_of_measure = self.unit_of_measure

        upgrades = self.upgrades

        variation_equipment = self.variation_equipment

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
                "addOnMemberPrice": add_on_member_price,
                "addOnPrice": add_on_price,
                "assetAccount": asset_account,
                "assets": assets,
                "bonus": bonus,
                "budgetCostCode": budget_cost_code,
                "budgetCostType": budget_cost_type,
                "categories": categories,
                "code": code,
                "commissionBonus": commission_bonus,
                "cost": cost,
                "costOfSaleAccount": cost_of_sale_account,
                "crossSaleGroup": cross_sale_group,
                "description": description,
                "dimensions": dimensions,
                "displayName": display_name,
                "equipmentMaterials": equipment_materials,
                "hours": hours,
                "id": id,
                "intacctGlGroupAccount": intacct_gl_group_account,
                "isConfigurableEquipment": is_configurable_equipment,
                "isCostLocked": is_cost_locked,
                "isInventory": is_inventory,
                "isPriceLocked": is_price_locked,
                "manufacturer": manufacturer,
                "manufacturerWarranty": manufacturer_warranty,
                "memberPrice": member_price,
                "model": model,
                "otherVendors": other_vendors,
                "paysCommission": pays_commission,
                "price": price,
                "primaryVendor": primary_vendor,
                "recommendations": recommendations,
                "serviceProviderWarranty": service_provider_warranty,
                "taxable": taxable,
                "unitOfMeasure": unit_of_measure,
                "upgrades": upgrades,
                "variationEquipment": variation_equipment,
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

        code = d.pop("code")

        commission_bonus = d.pop("commissionBonus")

        cost = d.pop("cost")

        cost_of_sale_account = d.pop("costOfSaleAccount")

        cross_sale_group = d.pop("crossSaleGroup")

        description = d.pop("description")

        dimensions = _models.PricebookV2DimensionsRequest.from_dict(d.pop("dimensions"))

        display_name = d.pop("displayName")

        equipment_materials = [
            _models.PricebookV2SkuLinkRequest.from_dict(equipment_materials_item_data)
            for equipment_materials_item_data in d.pop("equipmentMaterials")
        ]

        hours = d.pop("hours")

        id = d.pop("id")

        intacct_gl_group_account = d.pop("intacctGlGroupAccount")

        is_configurable_equipment = d.pop("isConfigurableEquipment")

        is_cost_locked = d.pop("isCostLocked")

        is_inventory = d.pop("isInventory")

        is_price_locked = d.pop("isPriceLocked")

        manufacturer = d.pop("manufacturer")

        manufacturer_warranty = _models.PricebookV2SkuWarrantyRequest.from_dict(
            d.pop("manufacturerWarranty")
        )

        member_price = d.pop("memberPrice")

        model = d.pop("model")

        other_vendors = [
            _models.PricebookV2SkuVendorRequest.from_dict(other_vendors_item_data)
            for other_vendors_item_data in d.pop("otherVendors")
        ]

        pays_commission = d.pop("paysCommission")

        price = d.pop("price")

        primary_vendor = _models.PricebookV2SkuVendorRequest.from_dict(
            d.pop("primaryVendor")
        )

        recommendations = [
            _models.PricebookV2EquipmentRecommendationRequest.from_dict(
                recommendations_item_data
            )
            for recommendations_item_data in d.pop("recommendations")
        ]

        service_provider_warranty = _models.PricebookV2SkuWarrantyRequest.from_dict(
            d.pop("serviceProviderWarranty")
        )

        taxable = d.pop("taxable")

        unit_of_measure = d.pop("unitOfMeasure")

        upgrades = d.pop("upgrades")

        variation_equipment = d.pop("variationEquipment")

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = (
                _models.PricebookV2ExternalDataUpdateRequest.from_dict(external_data)
            )

            external_data = external_data_type_0

        pricebook_v2_equipment_bulk_update_request = cls(
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
            hours,
            id,
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
            external_data,
        )

        pricebook_v2_equipment_bulk_update_request.additional_properties = dict(d)
        return pricebook_v2_equipment_bulk_update_request

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
