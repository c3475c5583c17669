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
    from ..models.pricebook_v2_sku_link_request import PricebookV2SkuLinkRequest
    from ..models.pricebook_v2_sku_warranty_request import PricebookV2SkuWarrantyRequest


T = TypeVar("T", bound="PricebookV2ServiceUpdateRequest")


@_attrs_define
class PricebookV2ServiceUpdateRequest:
    """
    Attributes:
        account (str | Unset):
        active (bool | Unset):
        add_on_member_price (float | Unset):
        add_on_price (float | Unset):
        assets (list[PricebookV2SkuAssetRequest] | Unset):
        bonus (float | Unset):
        budget_cost_code (str | Unset):
        budget_cost_type (str | Unset):
        categories (list[int] | Unset):
        code (str | Unset):
        commission_bonus (float | Unset):
        cross_sale_group (str | Unset):
        description (str | Unset):
        display_name (str | Unset):
        external_data (None | PricebookV2ExternalDataUpdateRequest | Unset):
        hours (float | Unset):
        intacct_gl_group_account (str | Unset):
        is_labor (bool | Unset):
        is_price_locked (bool | Unset):
        member_price (float | Unset):
        pays_commission (bool | Unset):
        price (float | Unset):
        recommendations (list[int] | Unset):
        service_equipment (list[PricebookV2SkuLinkRequest] | Unset):
        service_materials (list[PricebookV2SkuLinkRequest] | Unset):
        taxable (bool | Unset):
        upgrades (list[int] | Unset):
        warranty (PricebookV2SkuWarrantyRequest | Unset):
    """

    account: str | Unset = UNSET
    active: bool | Unset = UNSET
    add_on_member_price: float | Unset = UNSET
    add_on_price: float | Unset = UNSET
    assets: list[PricebookV2SkuAssetRequest] | Unset = UNSET
    bonus: float | Unset = UNSET
    budget_cost_code: str | Unset = UNSET
    budget_cost_type: str | Unset = UNSET
    categories: list[int] | Unset = UNSET
    code: str | Unset = UNSET
    commission_bonus: float | Unset = UNSET
    cross_sale_group: str | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    external_data: None | PricebookV2ExternalDataUpdateRequest | Unset = UNSET
    hours: float | Unset = UNSET
    intacct_gl_group_account: str | Unset = UNSET
    is_labor: bool | Unset = UNSET
    is_price_locked: bool | Unset = UNSET
    member_price: float | Unset = UNSET
    pays_commission: bool | Unset = UNSET
    price: float | Unset = UNSET
    recommendations: list[int] | Unset = UNSET
    service_equipment: list[PricebookV2SkuLinkRequest] | Unset = UNSET
    service_materials: list[PricebookV2SkuLinkRequest] | Unset = UNSET
    taxable: bool | Unset = UNSET
    upgrades: list[int] | Unset = UNSET
    warranty: PricebookV2SkuWarrantyRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "account",
        "active",
        "addOnMemberPrice",
        "addOnPrice",
        "assets",
        "bonus",
        "budgetCostCode",
        "budgetCostType",
        "categories",
        "code",
        "commissionBonus",
        "crossSaleGroup",
        "description",
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
        from ..models.pricebook_v2_external_data_update_request import (
            PricebookV2ExternalDataUpdateRequest,
        )

        account = self.account

        active = self.active

        add_on_member_price = self.add_on_member_price

        add_on_price = self.add_on_price

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

        cross_sale_group = self.cross_sale_group

        description = self.description

        display_name = self.display_name

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, PricebookV2ExternalDataUpdateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        hours = self.hours

        intacct_gl_group_account = self.intacct_gl_group_account

        is_labor = self.is_labor

        is_price_locked = self.is_price_locked

        member_price = self.member_price

        pays_commission = self.pays_commission

        price = self.price

        recommendations: list[int] | Unset = UNSET
        if not isinstance(self.recommendations, Unset):
            recommendations = self.recommendations

        service_equipment: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_equipment, Unset):
            service_equipment = []
            for service_equipment_item_data in self.service_equipment:
                service_equipment_item = service_equipment_item_data.to_dict()
                service_equipment.append(service_equipment_item)

        service_materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_materials, Unset):
            service_materials = []
            for service_materials_item_data in self.service_materials:
                service_materials_item = service_materials_item_data.to_dict()
                service_materials.append(service_materials_item)

        taxable = self.taxable

        upgrades: list[int] | Unset = UNSET
        if not isinstance(self.upgrades, Unset):
            upgrades = self.upgrades

        warranty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warranty, Unset):
            warranty = self.warranty.to_dict()

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
        if cross_sale_group is not UNSET:
            field_dict["crossSaleGroup"] = cross_sale_group
        if description is not UNSET:
            field_dict["description"] = description
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
        account = d.pop("account", UNSET)

        active = d.pop("active", UNSET)

        add_on_member_price = d.pop("addOnMemberPrice", UNSET)

        add_on_price = d.pop("addOnPrice", UNSET)

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

        cross_sale_group = d.pop("crossSaleGroup", UNSET)

        description = d.pop("description", UNSET)

        display_name = d.pop("displayName", UNSET)

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

        is_labor = d.pop("isLabor", UNSET)

        is_price_locked = d.pop("isPriceLocked", UNSET)

        member_price = d.pop("memberPrice", UNSET)

        pays_commission = d.pop("paysCommission", UNSET)

        price = d.pop("price", UNSET)

        recommendations = d.pop("recommendations", UNSET)

        service_equipment = d.pop("serviceEquipment", UNSET)
        if service_equipment is not UNSET:
            service_equipment = [
                _models.PricebookV2SkuLinkRequest.from_dict(service_equipment_item_data)
                for service_equipment_item_data in service_equipment
            ]

        service_materials = d.pop("serviceMaterials", UNSET)
        if service_materials is not UNSET:
            service_materials = [
                _models.PricebookV2SkuLinkRequest.from_dict(service_materials_item_data)
                for service_materials_item_data in service_materials
            ]

        taxable = d.pop("taxable", UNSET)

        upgrades = d.pop("upgrades", UNSET)

        warranty = d.pop("warranty", UNSET)
        if not isinstance(warranty, Unset):
            warranty = _models.PricebookV2SkuWarrantyRequest.from_dict(warranty)

        pricebook_v2_service_update_request = cls(
            account,
            active,
            add_on_member_price,
            add_on_price,
            assets,
            bonus,
            budget_cost_code,
            budget_cost_type,
            categories,
            code,
            commission_bonus,
            cross_sale_group,
            description,
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

        pricebook_v2_service_update_request.additional_properties = dict(d)
        return pricebook_v2_service_update_request

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
