from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_dimensions_request import PricebookV2DimensionsRequest
    from ..models.pricebook_v2_equipment_recommendation_bulk_create_request import (
        PricebookV2EquipmentRecommendationBulkCreateRequest,
    )
    from ..models.pricebook_v2_external_data_create_request import (
        PricebookV2ExternalDataCreateRequest,
    )
    from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest
    from ..models.pricebook_v2_sku_link_bulk_create_request import (
        PricebookV2SkuLinkBulkCreateRequest,
    )
    from ..models.pricebook_v2_sku_upgrade_bulk_create_request import (
        PricebookV2SkuUpgradeBulkCreateRequest,
    )
    from ..models.pricebook_v2_sku_vendor_request import PricebookV2SkuVendorRequest
    from ..models.pricebook_v2_sku_warranty_request import PricebookV2SkuWarrantyRequest


T = TypeVar("T", bound="PricebookV2EquipmentBulkCreateRequest")


@_attrs_define
class PricebookV2EquipmentBulkCreateRequest:
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
        custom_id (None | str | Unset):
        dimensions (None | PricebookV2DimensionsRequest | Unset):
        display_name (None | str | Unset):
        equipment_materials (list[PricebookV2SkuLinkBulkCreateRequest] | None | Unset):
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
        recommendations (list[PricebookV2EquipmentRecommendationBulkCreateRequest] | None | Unset):
        service_provider_warranty (None | PricebookV2SkuWarrantyRequest | Unset):
        taxable (bool | None | Unset):
        unit_of_measure (None | str | Unset):
        upgrades (list[PricebookV2SkuUpgradeBulkCreateRequest] | None | Unset):
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
    custom_id: None | str | Unset = UNSET
    dimensions: None | PricebookV2DimensionsRequest | Unset = UNSET
    display_name: None | str | Unset = UNSET
    equipment_materials: list[PricebookV2SkuLinkBulkCreateRequest] | None | Unset = (
        UNSET
    )
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
    recommendations: (
        list[PricebookV2EquipmentRecommendationBulkCreateRequest] | None | Unset
    ) = UNSET
    service_provider_warranty: None | PricebookV2SkuWarrantyRequest | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    unit_of_measure: None | str | Unset = UNSET
    upgrades: list[PricebookV2SkuUpgradeBulkCreateRequest] | None | Unset = UNSET
    variation_equipment: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

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

        upgrades: list[dict[str, Any]] | None | Unset
        if isinstance(self.upgrades, Unset):
            upgrades = UNSET
        elif isinstance(self.upgrades, list):
            upgrades = []
            for upgrades_type_0_item_data in self.upgrades:
                upgrades_type_0_item = upgrades_type_0_item_data.to_dict()
                upgrades.append(upgrades_type_0_item)

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
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
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
        from ..models.pricebook_v2_dimensions_request import (
            PricebookV2DimensionsRequest,
        )
        from ..models.pricebook_v2_equipment_recommendation_bulk_create_request import (
            PricebookV2EquipmentRecommendationBulkCreateRequest,
        )
        from ..models.pricebook_v2_external_data_create_request import (
            PricebookV2ExternalDataCreateRequest,
        )
        from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest
        from ..models.pricebook_v2_sku_link_bulk_create_request import (
            PricebookV2SkuLinkBulkCreateRequest,
        )
        from ..models.pricebook_v2_sku_upgrade_bulk_create_request import (
            PricebookV2SkuUpgradeBulkCreateRequest,
        )
        from ..models.pricebook_v2_sku_vendor_request import PricebookV2SkuVendorRequest
        from ..models.pricebook_v2_sku_warranty_request import (
            PricebookV2SkuWarrantyRequest,
        )

        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_add_on_member_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        add_on_member_price = _parse_add_on_member_price(
            d.pop("addOnMemberPrice", UNSET)
        )

        def _parse_add_on_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        add_on_price = _parse_add_on_price(d.pop("addOnPrice", UNSET))

        def _parse_asset_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_account = _parse_asset_account(d.pop("assetAccount", UNSET))

        def _parse_assets(
            data: object,
        ) -> list[PricebookV2SkuAssetRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assets_type_0 = []
                _assets_type_0 = data
                for assets_type_0_item_data in _assets_type_0:
                    assets_type_0_item = PricebookV2SkuAssetRequest.from_dict(
                        assets_type_0_item_data
                    )

                    assets_type_0.append(assets_type_0_item)

                return assets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricebookV2SkuAssetRequest] | None | Unset, data)

        assets = _parse_assets(d.pop("assets", UNSET))

        def _parse_bonus(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        bonus = _parse_bonus(d.pop("bonus", UNSET))

        def _parse_budget_cost_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_cost_code = _parse_budget_cost_code(d.pop("budgetCostCode", UNSET))

        def _parse_budget_cost_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_cost_type = _parse_budget_cost_type(d.pop("budgetCostType", UNSET))

        def _parse_categories(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = cast(list[int], data)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_commission_bonus(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        commission_bonus = _parse_commission_bonus(d.pop("commissionBonus", UNSET))

        def _parse_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_cost_of_sale_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_of_sale_account = _parse_cost_of_sale_account(
            d.pop("costOfSaleAccount", UNSET)
        )

        def _parse_cross_sale_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cross_sale_group = _parse_cross_sale_group(d.pop("crossSaleGroup", UNSET))

        def _parse_custom_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_id = _parse_custom_id(d.pop("customId", UNSET))

        def _parse_dimensions(
            data: object,
        ) -> None | PricebookV2DimensionsRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dimensions_type_0 = PricebookV2DimensionsRequest.from_dict(data)

                return dimensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricebookV2DimensionsRequest | Unset, data)

        dimensions = _parse_dimensions(d.pop("dimensions", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_equipment_materials(
            data: object,
        ) -> list[PricebookV2SkuLinkBulkCreateRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                equipment_materials_type_0 = []
                _equipment_materials_type_0 = data
                for equipment_materials_type_0_item_data in _equipment_materials_type_0:
                    equipment_materials_type_0_item = (
                        PricebookV2SkuLinkBulkCreateRequest.from_dict(
                            equipment_materials_type_0_item_data
                        )
                    )

                    equipment_materials_type_0.append(equipment_materials_type_0_item)

                return equipment_materials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricebookV2SkuLinkBulkCreateRequest] | None | Unset, data)

        equipment_materials = _parse_equipment_materials(
            d.pop("equipmentMaterials", UNSET)
        )

        def _parse_external_data(
            data: object,
        ) -> None | PricebookV2ExternalDataCreateRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_data_type_0 = PricebookV2ExternalDataCreateRequest.from_dict(
                    data
                )

                return external_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricebookV2ExternalDataCreateRequest | Unset, data)

        external_data = _parse_external_data(d.pop("externalData", UNSET))

        def _parse_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hours = _parse_hours(d.pop("hours", UNSET))

        def _parse_intacct_gl_group_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intacct_gl_group_account = _parse_intacct_gl_group_account(
            d.pop("intacctGlGroupAccount", UNSET)
        )

        def _parse_is_configurable_equipment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_configurable_equipment = _parse_is_configurable_equipment(
            d.pop("isConfigurableEquipment", UNSET)
        )

        def _parse_is_cost_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_cost_locked = _parse_is_cost_locked(d.pop("isCostLocked", UNSET))

        def _parse_is_inventory(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_inventory = _parse_is_inventory(d.pop("isInventory", UNSET))

        def _parse_is_price_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_price_locked = _parse_is_price_locked(d.pop("isPriceLocked", UNSET))

        def _parse_manufacturer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manufacturer = _parse_manufacturer(d.pop("manufacturer", UNSET))

        def _parse_manufacturer_warranty(
            data: object,
        ) -> None | PricebookV2SkuWarrantyRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                manufacturer_warranty_type_0 = PricebookV2SkuWarrantyRequest.from_dict(
                    data
                )

                return manufacturer_warranty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricebookV2SkuWarrantyRequest | Unset, data)

        manufacturer_warranty = _parse_manufacturer_warranty(
            d.pop("manufacturerWarranty", UNSET)
        )

        def _parse_member_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        member_price = _parse_member_price(d.pop("memberPrice", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_other_vendors(
            data: object,
        ) -> list[PricebookV2SkuVendorRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                other_vendors_type_0 = []
                _other_vendors_type_0 = data
                for other_vendors_type_0_item_data in _other_vendors_type_0:
                    other_vendors_type_0_item = PricebookV2SkuVendorRequest.from_dict(
                        other_vendors_type_0_item_data
                    )

                    other_vendors_type_0.append(other_vendors_type_0_item)

                return other_vendors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricebookV2SkuVendorRequest] | None | Unset, data)

        other_vendors = _parse_other_vendors(d.pop("otherVendors", UNSET))

        def _parse_pays_commission(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pays_commission = _parse_pays_commission(d.pop("paysCommission", UNSET))

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_primary_vendor(
            data: object,
        ) -> None | PricebookV2SkuVendorRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_vendor_type_0 = PricebookV2SkuVendorRequest.from_dict(data)

                return primary_vendor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricebookV2SkuVendorRequest | Unset, data)

        primary_vendor = _parse_primary_vendor(d.pop("primaryVendor", UNSET))

        def _parse_recommendations(
            data: object,
        ) -> list[PricebookV2EquipmentRecommendationBulkCreateRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recommendations_type_0 = []
                _recommendations_type_0 = data
                for recommendations_type_0_item_data in _recommendations_type_0:
                    recommendations_type_0_item = (
                        PricebookV2EquipmentRecommendationBulkCreateRequest.from_dict(
                            recommendations_type_0_item_data
                        )
                    )

                    recommendations_type_0.append(recommendations_type_0_item)

                return recommendations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[PricebookV2EquipmentRecommendationBulkCreateRequest]
                | None
                | Unset,
                data,
            )

        recommendations = _parse_recommendations(d.pop("recommendations", UNSET))

        def _parse_service_provider_warranty(
            data: object,
        ) -> None | PricebookV2SkuWarrantyRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_provider_warranty_type_0 = (
                    PricebookV2SkuWarrantyRequest.from_dict(data)
                )

                return service_provider_warranty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricebookV2SkuWarrantyRequest | Unset, data)

        service_provider_warranty = _parse_service_provider_warranty(
            d.pop("serviceProviderWarranty", UNSET)
        )

        def _parse_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taxable = _parse_taxable(d.pop("taxable", UNSET))

        def _parse_unit_of_measure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_of_measure = _parse_unit_of_measure(d.pop("unitOfMeasure", UNSET))

        def _parse_upgrades(
            data: object,
        ) -> list[PricebookV2SkuUpgradeBulkCreateRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                upgrades_type_0 = []
                _upgrades_type_0 = data
                for upgrades_type_0_item_data in _upgrades_type_0:
                    upgrades_type_0_item = (
                        PricebookV2SkuUpgradeBulkCreateRequest.from_dict(
                            upgrades_type_0_item_data
                        )
                    )

                    upgrades_type_0.append(upgrades_type_0_item)

                return upgrades_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[PricebookV2SkuUpgradeBulkCreateRequest] | None | Unset, data
            )

        upgrades = _parse_upgrades(d.pop("upgrades", UNSET))

        def _parse_variation_equipment(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variation_equipment_type_0 = cast(list[int], data)

                return variation_equipment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        variation_equipment = _parse_variation_equipment(
            d.pop("variationEquipment", UNSET)
        )

        pricebook_v2_equipment_bulk_create_request = cls(
            code=code,
            description=description,
            account=account,
            active=active,
            add_on_member_price=add_on_member_price,
            add_on_price=add_on_price,
            asset_account=asset_account,
            assets=assets,
            bonus=bonus,
            budget_cost_code=budget_cost_code,
            budget_cost_type=budget_cost_type,
            categories=categories,
            commission_bonus=commission_bonus,
            cost=cost,
            cost_of_sale_account=cost_of_sale_account,
            cross_sale_group=cross_sale_group,
            custom_id=custom_id,
            dimensions=dimensions,
            display_name=display_name,
            equipment_materials=equipment_materials,
            external_data=external_data,
            hours=hours,
            intacct_gl_group_account=intacct_gl_group_account,
            is_configurable_equipment=is_configurable_equipment,
            is_cost_locked=is_cost_locked,
            is_inventory=is_inventory,
            is_price_locked=is_price_locked,
            manufacturer=manufacturer,
            manufacturer_warranty=manufacturer_warranty,
            member_price=member_price,
            model=model,
            other_vendors=other_vendors,
            pays_commission=pays_commission,
            price=price,
            primary_vendor=primary_vendor,
            recommendations=recommendations,
            service_provider_warranty=service_provider_warranty,
            taxable=taxable,
            unit_of_measure=unit_of_measure,
            upgrades=upgrades,
            variation_equipment=variation_equipment,
        )

        pricebook_v2_equipment_bulk_create_request.additional_properties = d
        return pricebook_v2_equipment_bulk_create_request

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
