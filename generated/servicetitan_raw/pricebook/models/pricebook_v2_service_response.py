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
    from ..models.pricebook_v2_sku_category_response import (
        PricebookV2SkuCategoryResponse,
    )
    from ..models.pricebook_v2_sku_link_response import PricebookV2SkuLinkResponse
    from ..models.pricebook_v2_sku_warranty_response import (
        PricebookV2SkuWarrantyResponse,
    )


T = TypeVar("T", bound="PricebookV2ServiceResponse")


@_attrs_define
class PricebookV2ServiceResponse:
    """
    Attributes:
        active (bool):
        add_on_member_price (float):
        add_on_price (float):
        assets (list[PricebookV2SkuAssetResponse]):
        bonus (float):
        categories (list[PricebookV2SkuCategoryResponse]):
        code (str):
        commission_bonus (float):
        cost (float):
        created_on (datetime.datetime):
        description (str):
        hours (float):
        id (int):
        member_price (float):
        modified_on (datetime.datetime):
        pays_commission (bool):
        price (float):
        recommendations (list[int]):
        service_equipment (list[PricebookV2SkuLinkResponse]):
        service_materials (list[PricebookV2SkuLinkResponse]):
        sold_by_commission (float):
        taxable (bool):
        upgrades (list[int]):
        account (None | str | Unset):
        budget_cost_code (None | str | Unset):
        budget_cost_type (None | str | Unset):
        business_unit_id (int | None | Unset):
        cross_sale_group (None | str | Unset):
        default_asset_url (None | str | Unset):
        display_name (None | str | Unset):
        external_data (list[PricebookV2ExternalDataModel] | None | Unset):
        external_id (None | str | Unset):
        is_labor (bool | None | Unset):
        is_price_locked (bool | None | Unset):
        source (None | str | Unset):
        warranty (None | PricebookV2SkuWarrantyResponse | Unset):
    """

    active: bool
    add_on_member_price: float
    add_on_price: float
    assets: list[PricebookV2SkuAssetResponse]
    bonus: float
    categories: list[PricebookV2SkuCategoryResponse]
    code: str
    commission_bonus: float
    cost: float
    created_on: datetime.datetime
    description: str
    hours: float
    id: int
    member_price: float
    modified_on: datetime.datetime
    pays_commission: bool
    price: float
    recommendations: list[int]
    service_equipment: list[PricebookV2SkuLinkResponse]
    service_materials: list[PricebookV2SkuLinkResponse]
    sold_by_commission: float
    taxable: bool
    upgrades: list[int]
    account: None | str | Unset = UNSET
    budget_cost_code: None | str | Unset = UNSET
    budget_cost_type: None | str | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    cross_sale_group: None | str | Unset = UNSET
    default_asset_url: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    external_data: list[PricebookV2ExternalDataModel] | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    is_labor: bool | None | Unset = UNSET
    is_price_locked: bool | None | Unset = UNSET
    source: None | str | Unset = UNSET
    warranty: None | PricebookV2SkuWarrantyResponse | Unset = UNSET
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
        "hours",
        "id",
        "memberPrice",
        "modifiedOn",
        "paysCommission",
        "price",
        "recommendations",
        "serviceEquipment",
        "serviceMaterials",
        "soldByCommission",
        "taxable",
        "upgrades",
        "account",
        "budgetCostCode",
        "budgetCostType",
        "businessUnitId",
        "crossSaleGroup",
        "defaultAssetUrl",
        "displayName",
        "externalData",
        "externalId",
        "isLabor",
        "isPriceLocked",
        "source",
        "warranty",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricebook_v2_sku_warranty_response import (
            PricebookV2SkuWarrantyResponse,
        )

        active = self.active

        add_on_member_price = self.add_on_member_price

        add_on_price = self.add_on_price

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        bonus = self.bonus

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        code = self.code

        commission_bonus = self.commission_bonus

        cost = self.cost

        created_on = self.created_on.isoformat()

        description = self.description

        hours = self.hours

        id = self.id

        member_price = self.member_price

        modified_on = self.modified_on.isoformat()

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

        sold_by_commission = self.sold_by_commission

        taxable = self.taxable

        upgrades = self.upgrades

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

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

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        warranty: dict[str, Any] | None | Unset
        if isinstance(self.warranty, Unset):
            warranty = UNSET
        elif isinstance(self.warranty, PricebookV2SkuWarrantyResponse):
            warranty = self.warranty.to_dict()
        else:
            warranty = self.warranty

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
                "hours": hours,
                "id": id,
                "memberPrice": member_price,
                "modifiedOn": modified_on,
                "paysCommission": pays_commission,
                "price": price,
                "recommendations": recommendations,
                "serviceEquipment": service_equipment,
                "serviceMaterials": service_materials,
                "soldByCommission": sold_by_commission,
                "taxable": taxable,
                "upgrades": upgrades,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if budget_cost_code is not UNSET:
            field_dict["budgetCostCode"] = budget_cost_code
        if budget_cost_type is not UNSET:
            field_dict["budgetCostType"] = budget_cost_type
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if cross_sale_group is not UNSET:
            field_dict["crossSaleGroup"] = cross_sale_group
        if default_asset_url is not UNSET:
            field_dict["defaultAssetUrl"] = default_asset_url
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if is_labor is not UNSET:
            field_dict["isLabor"] = is_labor
        if is_price_locked is not UNSET:
            field_dict["isPriceLocked"] = is_price_locked
        if source is not UNSET:
            field_dict["source"] = source
        if warranty is not UNSET:
            field_dict["warranty"] = warranty

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

        categories = [
            _models.PricebookV2SkuCategoryResponse.from_dict(categories_item_data)
            for categories_item_data in d.pop("categories")
        ]

        code = d.pop("code")

        commission_bonus = d.pop("commissionBonus")

        cost = d.pop("cost")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        description = d.pop("description")

        hours = d.pop("hours")

        id = d.pop("id")

        member_price = d.pop("memberPrice")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        pays_commission = d.pop("paysCommission")

        price = d.pop("price")

        recommendations = d.pop("recommendations")

        service_equipment = [
            _models.PricebookV2SkuLinkResponse.from_dict(service_equipment_item_data)
            for service_equipment_item_data in d.pop("serviceEquipment")
        ]

        service_materials = [
            _models.PricebookV2SkuLinkResponse.from_dict(service_materials_item_data)
            for service_materials_item_data in d.pop("serviceMaterials")
        ]

        sold_by_commission = d.pop("soldByCommission")

        taxable = d.pop("taxable")

        upgrades = d.pop("upgrades")

        account = d.pop("account", UNSET)

        budget_cost_code = d.pop("budgetCostCode", UNSET)

        budget_cost_type = d.pop("budgetCostType", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        cross_sale_group = d.pop("crossSaleGroup", UNSET)

        default_asset_url = d.pop("defaultAssetUrl", UNSET)

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

        is_labor = d.pop("isLabor", UNSET)

        is_price_locked = d.pop("isPriceLocked", UNSET)

        source = d.pop("source", UNSET)

        warranty = d.pop("warranty", UNSET)
        if warranty is not None and not isinstance(warranty, Unset):
            if not isinstance(warranty, dict):
                raise TypeError()
            warranty_type_0 = _models.PricebookV2SkuWarrantyResponse.from_dict(warranty)

            warranty = warranty_type_0

        pricebook_v2_service_response = cls(
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
            hours,
            id,
            member_price,
            modified_on,
            pays_commission,
            price,
            recommendations,
            service_equipment,
            service_materials,
            sold_by_commission,
            taxable,
            upgrades,
            account,
            budget_cost_code,
            budget_cost_type,
            business_unit_id,
            cross_sale_group,
            default_asset_url,
            display_name,
            external_data,
            external_id,
            is_labor,
            is_price_locked,
            source,
            warranty,
        )

        pricebook_v2_service_response.additional_properties = dict(d)
        return pricebook_v2_service_response

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
