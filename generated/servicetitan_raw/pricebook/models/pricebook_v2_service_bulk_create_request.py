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
    from ..models.pricebook_v2_service_recommendation_bulk_create_request import (
        PricebookV2ServiceRecommendationBulkCreateRequest,
    )
    from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest
    from ..models.pricebook_v2_sku_link_bulk_create_request import (
        PricebookV2SkuLinkBulkCreateRequest,
    )
    from ..models.pricebook_v2_sku_upgrade_bulk_create_request import (
        PricebookV2SkuUpgradeBulkCreateRequest,
    )
    from ..models.pricebook_v2_sku_warranty_request import PricebookV2SkuWarrantyRequest


T = TypeVar("T", bound="PricebookV2ServiceBulkCreateRequest")


@_attrs_define
class PricebookV2ServiceBulkCreateRequest:
    """
    Attributes:
        code (str):
        description (str):
        account (None | str | Unset):
        active (bool | None | Unset):
        add_on_member_price (float | None | Unset):
        add_on_price (float | None | Unset):
        assets (list[PricebookV2SkuAssetRequest] | None | Unset):
        bonus (float | None | Unset):
        budget_cost_code (None | str | Unset):
        budget_cost_type (None | str | Unset):
        categories (list[int] | None | Unset):
        commission_bonus (float | None | Unset):
        cross_sale_group (None | str | Unset):
        custom_id (None | str | Unset):
        display_name (None | str | Unset):
        external_data (None | PricebookV2ExternalDataCreateRequest | Unset):
        hours (float | None | Unset):
        intacct_gl_group_account (None | str | Unset):
        is_labor (bool | None | Unset):
        is_price_locked (bool | None | Unset):
        member_price (float | None | Unset):
        pays_commission (bool | None | Unset):
        price (float | None | Unset):
        recommendations (list[PricebookV2ServiceRecommendationBulkCreateRequest] | None | Unset):
        service_equipment (list[PricebookV2SkuLinkBulkCreateRequest] | None | Unset):
        service_materials (list[PricebookV2SkuLinkBulkCreateRequest] | None | Unset):
        taxable (bool | None | Unset):
        upgrades (list[PricebookV2SkuUpgradeBulkCreateRequest] | None | Unset):
        warranty (None | PricebookV2SkuWarrantyRequest | Unset):
    """

    code: str
    description: str
    account: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    add_on_member_price: float | None | Unset = UNSET
    add_on_price: float | None | Unset = UNSET
    assets: list[PricebookV2SkuAssetRequest] | None | Unset = UNSET
    bonus: float | None | Unset = UNSET
    budget_cost_code: None | str | Unset = UNSET
    budget_cost_type: None | str | Unset = UNSET
    categories: list[int] | None | Unset = UNSET
    commission_bonus: float | None | Unset = UNSET
    cross_sale_group: None | str | Unset = UNSET
    custom_id: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    external_data: None | PricebookV2ExternalDataCreateRequest | Unset = UNSET
    hours: float | None | Unset = UNSET
    intacct_gl_group_account: None | str | Unset = UNSET
    is_labor: bool | None | Unset = UNSET
    is_price_locked: bool | None | Unset = UNSET
    member_price: float | None | Unset = UNSET
    pays_commission: bool | None | Unset = UNSET
    price: float | None | Unset = UNSET
    recommendations: (
        list[PricebookV2ServiceRecommendationBulkCreateRequest] | None | Unset
    ) = UNSET
    service_equipment: list[PricebookV2SkuLinkBulkCreateRequest] | None | Unset = UNSET
    service_materials: list[PricebookV2SkuLinkBulkCreateRequest] | None | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    upgrades: list[PricebookV2SkuUpgradeBulkCreateRequest] | None | Unset = UNSET
    warranty: None | PricebookV2SkuWarrantyRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "code",
        "description",
        "account",
        "active",
        "addOnMemberPrice",
        "addOnPrice",
        "assets",
        "bonus",
        "budgetCostCode",
        "budgetCostType",
        "categories",
        "commissionBonus",
        "crossSaleGroup",
        "customId",
        "displayName",
        "externalData",
        "hours",
        "intacctGlGroupAccount",
        "isLabor",
        "isPriceLocked",
        "memberPrice",
        "paysCommission",
        "price",
        "recommendations",
        "serviceEquipment",
        "serviceMaterials",
        "taxable",
        "upgrades",
        "warranty",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricebook_v2_external_data_create_request import (
            PricebookV2ExternalDataCreateRequest,
        )
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

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

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

        is_labor: bool | None | Unset
        if isinstance(self.is_labor, Unset):
            is_labor = UNSET
        else:
            is_labor = self.is_labor

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

        service_equipment: list[dict[str, Any]] | None | Unset
        if isinstance(self.service_equipment, Unset):
            service_equipment = UNSET
        elif isinstance(self.service_equipment, list):
            service_equipment = []
            for service_equipment_type_0_item_data in self.service_equipment:
                service_equipment_type_0_item = (
                    service_equipment_type_0_item_data.to_dict()
                )
                service_equipment.append(service_equipment_type_0_item)

        else:
            service_equipment = self.service_equipment

        service_materials: list[dict[str, Any]] | None | Unset
        if isinstance(self.service_materials, Unset):
            service_materials = UNSET
        elif isinstance(self.service_materials, list):
            service_materials = []
            for service_materials_type_0_item_data in self.service_materials:
                service_materials_type_0_item = (
                    service_materials_type_0_item_data.to_dict()
                )
                service_materials.append(service_materials_type_0_item)

        else:
            service_materials = self.service_materials

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

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

        warranty: dict[str, Any] | None | Unset
        if isinstance(self.warranty, Unset):
            warranty = UNSET
        elif isinstance(self.warranty, PricebookV2SkuWarrantyRequest):
            warranty = self.warranty.to_dict()
        else:
            warranty = self.warranty

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
        if cross_sale_group is not UNSET:
            field_dict["crossSaleGroup"] = cross_sale_group
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if hours is not UNSET:
            field_dict["hours"] = hours
        if intacct_gl_group_account is not UNSET:
            field_dict["intacctGlGroupAccount"] = intacct_gl_group_account
        if is_labor is not UNSET:
            field_dict["isLabor"] = is_labor
        if is_price_locked is not UNSET:
            field_dict["isPriceLocked"] = is_price_locked
        if member_price is not UNSET:
            field_dict["memberPrice"] = member_price
        if pays_commission is not UNSET:
            field_dict["paysCommission"] = pays_commission
        if price is not UNSET:
            field_dict["price"] = price
        if recommendations is not UNSET:
            field_dict["recommendations"] = recommendations
        if service_equipment is not UNSET:
            field_dict["serviceEquipment"] = service_equipment
        if service_materials is not UNSET:
            field_dict["serviceMaterials"] = service_materials
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if upgrades is not UNSET:
            field_dict["upgrades"] = upgrades
        if warranty is not UNSET:
            field_dict["warranty"] = warranty

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

        cross_sale_group = d.pop("crossSaleGroup", UNSET)

        custom_id = d.pop("customId", UNSET)

        display_name = d.pop("displayName", UNSET)

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

        is_labor = d.pop("isLabor", UNSET)

        is_price_locked = d.pop("isPriceLocked", UNSET)

        member_price = d.pop("memberPrice", UNSET)

        pays_commission = d.pop("paysCommission", UNSET)

        price = d.pop("price", UNSET)

        recommendations = d.pop("recommendations", UNSET)
        if recommendations is not None and not isinstance(recommendations, Unset):
            if not isinstance(recommendations, list):
                raise TypeError()
            recommendations_type_0 = [
                _models.PricebookV2ServiceRecommendationBulkCreateRequest.from_dict(
                    recommendations_type_0_item_data
                )
                for recommendations_type_0_item_data in recommendations
            ]

            recommendations = recommendations_type_0

        service_equipment = d.pop("serviceEquipment", UNSET)
        if service_equipment is not None and not isinstance(service_equipment, Unset):
            if not isinstance(service_equipment, list):
                raise TypeError()
            service_equipment_type_0 = [
                _models.PricebookV2SkuLinkBulkCreateRequest.from_dict(
                    service_equipment_type_0_item_data
                )
                for service_equipment_type_0_item_data in service_equipment
            ]

            service_equipment = service_equipment_type_0

        service_materials = d.pop("serviceMaterials", UNSET)
        if service_materials is not None and not isinstance(service_materials, Unset):
            if not isinstance(service_materials, list):
                raise TypeError()
            service_materials_type_0 = [
                _models.PricebookV2SkuLinkBulkCreateRequest.from_dict(
                    service_materials_type_0_item_data
                )
                for service_materials_type_0_item_data in service_materials
            ]

            service_materials = service_materials_type_0

        taxable = d.pop("taxable", UNSET)

        upgrades = d.pop("upgrades", UNSET)
        if upgrades is not None and not isinstance(upgrades, Unset):
            if not isinstance(upgrades, list):
                raise TypeError()
            upgrades_type_0 = [
                _models.PricebookV2SkuUpgradeBulkCreateRequest.from_dict(
                    upgrades_type_0_item_data
                )
                for upgrades_type_0_item_data in upgrades
            ]

            upgrades = upgrades_type_0

        warranty = d.pop("warranty", UNSET)
        if warranty is not None and not isinstance(warranty, Unset):
            if not isinstance(warranty, dict):
                raise TypeError()
            warranty_type_0 = _models.PricebookV2SkuWarrantyRequest.from_dict(warranty)

            warranty = warranty_type_0

        pricebook_v2_service_bulk_create_request = cls(
            code,
            description,
            account,
            active,
            add_on_member_price,
            add_on_price,
            assets,
            bonus,
            budget_cost_code,
            budget_cost_type,
            categories,
            commission_bonus,
            cross_sale_group,
            custom_id,
            display_name,
            external_data,
            hours,
            intacct_gl_group_account,
            is_labor,
            is_price_locked,
            member_price,
            pays_commission,
            price,
            recommendations,
            service_equipment,
            service_materials,
            taxable,
            upgrades,
            warranty,
        )

        pricebook_v2_service_bulk_create_request.additional_properties = dict(d)
        return pricebook_v2_service_bulk_create_request

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
