from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_dimensions_response import PricebookV2DimensionsResponse
    from ..models.pricebook_v2_equipment_recommendation_response import (
        PricebookV2EquipmentRecommendationResponse,
    )
    from ..models.pricebook_v2_external_data_model import PricebookV2ExternalDataModel
    from ..models.pricebook_v2_sku_asset_response import PricebookV2SkuAssetResponse
    from ..models.pricebook_v2_sku_link_response import PricebookV2SkuLinkResponse
    from ..models.pricebook_v2_sku_vendor_response import PricebookV2SkuVendorResponse
    from ..models.pricebook_v2_sku_warranty_response import (
        PricebookV2SkuWarrantyResponse,
    )


T = TypeVar("T", bound="PricebookV2ExportEquipmentResponse")


@_attrs_define
class PricebookV2ExportEquipmentResponse:
    """
    Attributes:
        active (bool):
        add_on_member_price (float):
        add_on_price (float):
        assets (list[PricebookV2SkuAssetResponse]):
        bonus (float):
        categories (list[int]):
        code (str):
        commission_bonus (float):
        cost (float):
        created_on (datetime.datetime):
        description (str):
        display_in_amount (bool):
        equipment_materials (list[PricebookV2SkuLinkResponse]):
        hours (float):
        id (int):
        is_configurable_equipment (bool):
        is_inventory (bool):
        manufacturer_warranty (PricebookV2SkuWarrantyResponse):
        member_price (float):
        modified_on (datetime.datetime):
        pays_commission (bool):
        price (float):
        recommendations (list[PricebookV2EquipmentRecommendationResponse]):
        service_provider_warranty (PricebookV2SkuWarrantyResponse):
        taxable (bool):
        upgrades (list[int]):
        account (None | str | Unset):
        asset_account (None | str | Unset):
        budget_cost_code (None | str | Unset):
        budget_cost_type (None | str | Unset):
        cost_of_sale_account (None | str | Unset):
        cross_sale_group (None | str | Unset):
        default_asset_url (None | str | Unset):
        dimensions (None | PricebookV2DimensionsResponse | Unset):
        display_name (None | str | Unset):
        external_data (list[PricebookV2ExternalDataModel] | None | Unset):
        external_id (None | str | Unset):
        general_ledger_account_id (int | None | Unset):
        is_cost_locked (bool | None | Unset):
        is_price_locked (bool | None | Unset):
        manufacturer (None | str | Unset):
        model (None | str | Unset):
        other_vendors (list[PricebookV2SkuVendorResponse] | None | Unset):
        primary_vendor (None | PricebookV2SkuVendorResponse | Unset):
        source (None | str | Unset):
        type_id (int | None | Unset):
        unit_of_measure (None | str | Unset):
        variations_or_configurable_equipment (list[int] | None | Unset):
    """

    active: bool
    add_on_member_price: float
    add_on_price: float
    assets: list[PricebookV2SkuAssetResponse]
    bonus: float
    categories: list[int]
    code: str
    commission_bonus: float
    cost: float
    created_on: datetime.datetime
    description: str
    display_in_amount: bool
    equipment_materials: list[PricebookV2SkuLinkResponse]
    hours: float
    id: int
    is_configurable_equipment: bool
    is_inventory: bool
    manufacturer_warranty: PricebookV2SkuWarrantyResponse
    member_price: float
    modified_on: datetime.datetime
    pays_commission: bool
    price: float
    recommendations: list[PricebookV2EquipmentRecommendationResponse]
    service_provider_warranty: PricebookV2SkuWarrantyResponse
    taxable: bool
    upgrades: list[int]
    account: None | str | Unset = UNSET
    asset_account: None | str | Unset = UNSET
    budget_cost_code: None | str | Unset = UNSET
    budget_cost_type: None | str | Unset = UNSET
    cost_of_sale_account: None | str | Unset = UNSET
    cross_sale_group: None | str | Unset = UNSET
    default_asset_url: None | str | Unset = UNSET
    dimensions: None | PricebookV2DimensionsResponse | Unset = UNSET
    display_name: None | str | Unset = UNSET
    external_data: list[PricebookV2ExternalDataModel] | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    general_ledger_account_id: int | None | Unset = UNSET
    is_cost_locked: bool | None | Unset = UNSET
    is_price_locked: bool | None | Unset = UNSET
    manufacturer: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    other_vendors: list[PricebookV2SkuVendorResponse] | None | Unset = UNSET
    primary_vendor: None | PricebookV2SkuVendorResponse | Unset = UNSET
    source: None | str | Unset = UNSET
    type_id: int | None | Unset = UNSET
    unit_of_measure: None | str | Unset = UNSET
    variations_or_configurable_equipment: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "addOnMemberPrice",
        "addOnPrice",
        "assets",
        "bonus",
        "categories",
        "code",
        "commissionBonus",
        "cost",
        "createdOn",
        "description",
        "displayInAmount",
        "equipmentMaterials",
        "hours",
        "id",
        "isConfigurableEquipment",
        "isInventory",
        "manufacturerWarranty",
        "memberPrice",
        "modifiedOn",
        "paysCommission",
        "price",
        "recommendations",
        "serviceProviderWarranty",
        "taxable",
        "upgrades",
        "account",
        "assetAccount",
        "budgetCostCode",
        "budgetCostType",
        "costOfSaleAccount",
        "crossSaleGroup",
        "defaultAssetUrl",
        "dimensions",
        "displayName",
        "externalData",
        "externalId",
        "generalLedgerAccountId",
        "isCostLocked",
        "isPriceLocked",
        "manufacturer",
        "model",
        "otherVendors",
        "primaryVendor",
        "source",
        "typeId",
        "unitOfMeasure",
        "variationsOrConfigurableEquipment",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricebook_v2_dimensions_response import (
            PricebookV2DimensionsResponse,
        )
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

        code = self.code

        commission_bonus = self.commission_bonus

        cost = self.cost

        created_on = self.created_on.isoformat()

        description = self.description

        display_in_amount = self.display_in_amount

        equipment_materials = []
        for equipment_materials_item_data in self.equipment_materials:
            equipment_materials_item = equipment_materials_item_data.to_dict()
            equipment_materials.append(equipment_materials_item)

        hours = self.hours

        id = self.id

        is_configurable_equipment = self.is_configurable_equipment

        is_inventory = self.is_inventory

        manufacturer_warranty = self.manufacturer_warranty.to_dict()

        member_price = self.member_price

        modified_on = self.modified_on.isoformat()

        pays_commission = self.pays_commission

        price = self.price

        recommendations = []
        for recommendations_item_data in self.recommendations:
            recommendations_item = recommendations_item_data.to_dict()
            recommendations.append(recommendations_item)

        service_provider_warranty = self.service_provider_warranty.to_dict()

        taxable = self.taxable

        upgrades = self.upgrades

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

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

        default_asset_url: None | str | Unset
        if isinstance(self.default_asset_url, Unset):
            default_asset_url = UNSET
        else:
            default_asset_url = self.default_asset_url

        dimensions: dict[str, Any] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, PricebookV2DimensionsResponse):
            dimensions = self.dimensions.to_dict()
        else:
            dimensions = self.dimensions

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

        manufacturer: None | str | Unset
        if isinstance(self.manufacturer, Unset):
            manufacturer = UNSET
        else:
            manufacturer = self.manufacturer

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

        type_id: int | None | Unset
        if isinstance(self.type_id, Unset):
            type_id = UNSET
        else:
            type_id = self.type_id

        unit_of_measure: None | str | Unset
        if isinstance(self.unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = self.unit_of_measure

        variations_or_configurable_equipment: list[int] | None | Unset
        if isinstance(self.variations_or_configurable_equipment, Unset):
            variations_or_configurable_equipment = UNSET
        elif isinstance(self.variations_or_configurable_equipment, list):
            variations_or_configurable_equipment = (
                self.variations_or_configurable_equipment
            )

        else:
            variations_or_configurable_equipment = (
                self.variations_or_configurable_equipment
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
                "code": code,
                "commissionBonus": commission_bonus,
                "cost": cost,
                "createdOn": created_on,
                "description": description,
                "displayInAmount": display_in_amount,
                "equipmentMaterials": equipment_materials,
                "hours": hours,
                "id": id,
                "isConfigurableEquipment": is_configurable_equipment,
                "isInventory": is_inventory,
                "manufacturerWarranty": manufacturer_warranty,
                "memberPrice": member_price,
                "modifiedOn": modified_on,
                "paysCommission": pays_commission,
                "price": price,
                "recommendations": recommendations,
                "serviceProviderWarranty": service_provider_warranty,
                "taxable": taxable,
                "upgrades": upgrades,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if asset_account is not UNSET:
            field_dict["assetAccount"] = asset_account
        if budget_cost_code is not UNSET:
            field_dict["budgetCostCode"] = budget_cost_code
        if budget_cost_type is not UNSET:
            field_dict["budgetCostType"] = budget_cost_type
        if cost_of_sale_account is not UNSET:
            field_dict["costOfSaleAccount"] = cost_of_sale_account
        if cross_sale_group is not UNSET:
            field_dict["crossSaleGroup"] = cross_sale_group
        if default_asset_url is not UNSET:
            field_dict["defaultAssetUrl"] = default_asset_url
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if general_ledger_account_id is not UNSET:
            field_dict["generalLedgerAccountId"] = general_ledger_account_id
        if is_cost_locked is not UNSET:
            field_dict["isCostLocked"] = is_cost_locked
        if is_price_locked is not UNSET:
            field_dict["isPriceLocked"] = is_price_locked
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if model is not UNSET:
            field_dict["model"] = model
        if other_vendors is not UNSET:
            field_dict["otherVendors"] = other_vendors
        if primary_vendor is not UNSET:
            field_dict["primaryVendor"] = primary_vendor
        if source is not UNSET:
            field_dict["source"] = source
        if type_id is not UNSET:
            field_dict["typeId"] = type_id
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if variations_or_configurable_equipment is not UNSET:
            field_dict["variationsOrConfigurableEquipment"] = (
                variations_or_configurable_equipment
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

        code = d.pop("code")

        commission_bonus = d.pop("commissionBonus")

        cost = d.pop("cost")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        description = d.pop("description")

        display_in_amount = d.pop("displayInAmount")

        equipment_materials = [
            _models.PricebookV2SkuLinkResponse.from_dict(equipment_materials_item_data)
            for equipment_materials_item_data in d.pop("equipmentMaterials")
        ]

        hours = d.pop("hours")

        id = d.pop("id")

        is_configurable_equipment = d.pop("isConfigurableEquipment")

        is_inventory = d.pop("isInventory")

        manufacturer_warranty = _models.PricebookV2SkuWarrantyResponse.from_dict(
            d.pop("manufacturerWarranty")
        )

        member_price = d.pop("memberPrice")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        pays_commission = d.pop("paysCommission")

        price = d.pop("price")

        recommendations = [
            _models.PricebookV2EquipmentRecommendationResponse.from_dict(
                recommendations_item_data
            )
            for recommendations_item_data in d.pop("recommendations")
        ]

        service_provider_warranty = _models.PricebookV2SkuWarrantyResponse.from_dict(
            d.pop("serviceProviderWarranty")
        )

        taxable = d.pop("taxable")

        upgrades = d.pop("upgrades")

        account = d.pop("account", UNSET)

        asset_account = d.pop("assetAccount", UNSET)

        budget_cost_code = d.pop("budgetCostCode", UNSET)

        budget_cost_type = d.pop("budgetCostType", UNSET)

        cost_of_sale_account = d.pop("costOfSaleAccount", UNSET)

        cross_sale_group = d.pop("crossSaleGroup", UNSET)

        default_asset_url = d.pop("defaultAssetUrl", UNSET)

        dimensions = d.pop("dimensions", UNSET)
        if dimensions is not None and not isinstance(dimensions, Unset):
            if not isinstance(dimensions, dict):
                raise TypeError()
            dimensions_type_0 = _models.PricebookV2DimensionsResponse.from_dict(
                dimensions
            )

            dimensions = dimensions_type_0

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

        external_id = d.pop("externalId", UNSET)

        general_ledger_account_id = d.pop("generalLedgerAccountId", UNSET)

        is_cost_locked = d.pop("isCostLocked", UNSET)

        is_price_locked = d.pop("isPriceLocked", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        model = d.pop("model", UNSET)

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

        type_id = d.pop("typeId", UNSET)

        unit_of_measure = d.pop("unitOfMeasure", UNSET)

        variations_or_configurable_equipment = d.pop(
            "variationsOrConfigurableEquipment", UNSET
        )
        if variations_or_configurable_equipment is not None and not isinstance(
            variations_or_configurable_equipment, Unset
        ):
            if not isinstance(variations_or_configurable_equipment, list):
                raise TypeError()
            variations_or_configurable_equipment_type_0 = (
                variations_or_configurable_equipment
            )

            variations_or_configurable_equipment = (
                variations_or_configurable_equipment_type_0
            )

        pricebook_v2_export_equipment_response = cls(
            active,
            add_on_member_price,
            add_on_price,
            assets,
            bonus,
            categories,
            code,
            commission_bonus,
            cost,
            created_on,
            description,
            display_in_amount,
            equipment_materials,
            hours,
            id,
            is_configurable_equipment,
            is_inventory,
            manufacturer_warranty,
            member_price,
            modified_on,
            pays_commission,
            price,
            recommendations,
            service_provider_warranty,
            taxable,
            upgrades,
            account,
            asset_account,
            budget_cost_code,
            budget_cost_type,
            cost_of_sale_account,
            cross_sale_group,
            default_asset_url,
            dimensions,
            display_name,
            external_data,
            external_id,
            general_ledger_account_id,
            is_cost_locked,
            is_price_locked,
            manufacturer,
            model,
            other_vendors,
            primary_vendor,
            source,
            type_id,
            unit_of_measure,
            variations_or_configurable_equipment,
        )

        pricebook_v2_export_equipment_response.additional_properties = dict(d)
        return pricebook_v2_export_equipment_response

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
