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


T = TypeVar("T", bound="PricebookV2ServiceBulkUpdateRequest")


@_attrs_define
class PricebookV2ServiceBulkUpdateRequest:
    """
    Attributes:
        account (str):
        active (bool):
        add_on_member_price (float):
        add_on_price (float):
        assets (list[PricebookV2SkuAssetRequest]):
        bonus (float):
        budget_cost_code (str):
        budget_cost_type (str):
        categories (list[int]):
        code (str):
        commission_bonus (float):
        cross_sale_group (str):
        description (str):
        display_name (str):
        hours (float):
        id (int):
        intacct_gl_group_account (str):
        is_labor (bool):
        is_price_locked (bool):
        member_price (float):
        pays_commission (bool):
        price (float):
        recommendations (list[int]):
        service_equipment (list[PricebookV2SkuLinkRequest]):
        service_materials (list[PricebookV2SkuLinkRequest]):
        taxable (bool):
        upgrades (list[int]):
        warranty (PricebookV2SkuWarrantyRequest):
        external_data (None | PricebookV2ExternalDataUpdateRequest | Unset):
    """

    account: str
    active: bool
    add_on_member_price: float
    add_on_price: float
    assets: list[PricebookV2SkuAssetRequest]
    bonus: float
    budget_cost_code: str
    budget_cost_type: str
    categories: list[int]
    code: str
    commission_bonus: float
    cross_sale_group: str
    description: str
    display_name: str
    hours: float
    id: int
    intacct_gl_group_account: str
    is_labor: bool
    is_price_locked: bool
    member_price: float
    pays_commission: bool
    price: float
    recommendations: list[int]
    service_equipment: list[PricebookV2SkuLinkRequest]
    service_materials: list[PricebookV2SkuLinkRequest]
    taxable: bool
    upgrades: list[int]
    warranty: PricebookV2SkuWarrantyRequest
    external_data: None | PricebookV2ExternalDataUpdateRequest | Unset = UNSET
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
        "hours",
        "id",
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

        cross_sale_group = self.cross_sale_group

        description = self.description

        display_name = self.display_name

        hours = self.hours

        id = self.id

        intacct_gl_group_account = self.intacct_gl_group_account

        is_labor = self.is_labor

        is_price_locked = self.is_price_locked

        member_price = self.member_price

        pays_commission = self.pays_commission

        price = self.price

        recommendations = self.recommendations

        service_equipment = []
        for service_equipment_item_data in self.service_equipment:
            service_equipment_item = service_equipment_item_data.to_dict()
            service_equipment.append(service_equipment_item)

        service_materials = []
        for service_materials_item_data in self.service_materials:
            service_materials_item = service_materials_item_data.to_dict()
            service_materials.append(service_materials_item)

        taxable = self.taxable

        upgrades = self.upgrades

        warranty = self.warranty.to_dict()

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
                "assets": assets,
                "bonus": bonus,
                "budgetCostCode": budget_cost_code,
                "budgetCostType": budget_cost_type,
                "categories": categories,
                "code": code,
                "commissionBonus": commission_bonus,
                "crossSaleGroup": cross_sale_group,
                "description": description,
                "displayName": display_name,
                "hours": hours,
                "id": id,
                "intacctGlGroupAccount": intacct_gl_group_account,
                "isLabor": is_labor,
                "isPriceLocked": is_price_locked,
                "memberPrice": member_price,
                "paysCommission": pays_commission,
                "price": price,
                "recommendations": recommendations,
                "serviceEquipment": service_equipment,
                "serviceMaterials": service_materials,
                "taxable": taxable,
                "upgrades": upgrades,
                "warranty": warranty,
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

        cross_sale_group = d.pop("crossSaleGroup")

        description = d.pop("description")

        display_name = d.pop("displayName")

        hours = d.pop("hours")

        id = d.pop("id")

        intacct_gl_group_account = d.pop("intacctGlGroupAccount")

        is_labor = d.pop("isLabor")

        is_price_locked = d.pop("isPriceLocked")

        member_price = d.pop("memberPrice")

        pays_commission = d.pop("paysCommission")

        price = d.pop("price")

        recommendations = d.pop("recommendations")

        service_equipment = [
            _models.PricebookV2SkuLinkRequest.from_dict(service_equipment_item_data)
            for service_equipment_item_data in d.pop("serviceEquipment")
        ]

        service_materials = [
            _models.PricebookV2SkuLinkRequest.from_dict(service_materials_item_data)
            for service_materials_item_data in d.pop("serviceMaterials")
        ]

        taxable = d.pop("taxable")

        upgrades = d.pop("upgrades")

        warranty = _models.PricebookV2SkuWarrantyRequest.from_dict(d.pop("warranty"))

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = (
                _models.PricebookV2ExternalDataUpdateRequest.from_dict(external_data)
            )

            external_data = external_data_type_0

        pricebook_v2_service_bulk_update_request = cls(
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
            hours,
            id,
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
            external_data,
        )

        pricebook_v2_service_bulk_update_request.additional_properties = dict(d)
        return pricebook_v2_service_bulk_update_request

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
