from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_external_data_create_request import (
        PricebookV2ExternalDataCreateRequest,
    )
    from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest
    from ..models.pricebook_v2_sku_link_request import PricebookV2SkuLinkRequest
    from ..models.pricebook_v2_sku_warranty_request import PricebookV2SkuWarrantyRequest


T = TypeVar("T", bound="PricebookV2ServiceCreateRequest")


@_attrs_define
class PricebookV2ServiceCreateRequest:
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
        display_name (None | str | Unset):
        external_data (None | PricebookV2ExternalDataCreateRequest | Unset):
        hours (float | None | Unset):
        intacct_gl_group_account (None | str | Unset):
        is_labor (bool | None | Unset):
        is_price_locked (bool | None | Unset):
        member_price (float | None | Unset):
        pays_commission (bool | None | Unset):
        price (float | None | Unset):
        recommendations (list[int] | None | Unset):
        service_equipment (list[PricebookV2SkuLinkRequest] | None | Unset):
        service_materials (list[PricebookV2SkuLinkRequest] | None | Unset):
        taxable (bool | None | Unset):
        upgrades (list[int] | None | Unset):
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
    display_name: None | str | Unset = UNSET
    external_data: None | PricebookV2ExternalDataCreateRequest | Unset = UNSET
    hours: float | None | Unset = UNSET
    intacct_gl_group_account: None | str | Unset = UNSET
    is_labor: bool | None | Unset = UNSET
    is_price_locked: bool | None | Unset = UNSET
    member_price: float | None | Unset = UNSET
    pays_commission: bool | None | Unset = UNSET
    price: float | None | Unset = UNSET
    recommendations: list[int] | None | Unset = UNSET
    service_equipment: list[PricebookV2SkuLinkRequest] | None | Unset = UNSET
    service_materials: list[PricebookV2SkuLinkRequest] | None | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    upgrades: list[int] | None | Unset = UNSET
    warranty: None | PricebookV2SkuWarrantyRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        recommendations: list[int] | None | Unset
        if isinstance(self.recommendations, Unset):
            recommendations = UNSET
        elif isinstance(self.recommendations, list):
            recommendations = self.recommendations

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

        upgrades: list[int] | None | Unset
        if isinstance(self.upgrades, Unset):
            upgrades = UNSET
        elif isinstance(self.upgrades, list):
            upgrades = self.upgrades

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
        from ..models.pricebook_v2_external_data_create_request import (
            PricebookV2ExternalDataCreateRequest,
        )
        from ..models.pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest
        from ..models.pricebook_v2_sku_link_request import PricebookV2SkuLinkRequest
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

        def _parse_cross_sale_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cross_sale_group = _parse_cross_sale_group(d.pop("crossSaleGroup", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

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

        def _parse_is_labor(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_labor = _parse_is_labor(d.pop("isLabor", UNSET))

        def _parse_is_price_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_price_locked = _parse_is_price_locked(d.pop("isPriceLocked", UNSET))

        def _parse_member_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        member_price = _parse_member_price(d.pop("memberPrice", UNSET))

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

        def _parse_recommendations(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recommendations_type_0 = cast(list[int], data)

                return recommendations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        recommendations = _parse_recommendations(d.pop("recommendations", UNSET))

        def _parse_service_equipment(
            data: object,
        ) -> list[PricebookV2SkuLinkRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                service_equipment_type_0 = []
                _service_equipment_type_0 = data
                for service_equipment_type_0_item_data in _service_equipment_type_0:
                    service_equipment_type_0_item = PricebookV2SkuLinkRequest.from_dict(
                        service_equipment_type_0_item_data
                    )

                    service_equipment_type_0.append(service_equipment_type_0_item)

                return service_equipment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricebookV2SkuLinkRequest] | None | Unset, data)

        service_equipment = _parse_service_equipment(d.pop("serviceEquipment", UNSET))

        def _parse_service_materials(
            data: object,
        ) -> list[PricebookV2SkuLinkRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                service_materials_type_0 = []
                _service_materials_type_0 = data
                for service_materials_type_0_item_data in _service_materials_type_0:
                    service_materials_type_0_item = PricebookV2SkuLinkRequest.from_dict(
                        service_materials_type_0_item_data
                    )

                    service_materials_type_0.append(service_materials_type_0_item)

                return service_materials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricebookV2SkuLinkRequest] | None | Unset, data)

        service_materials = _parse_service_materials(d.pop("serviceMaterials", UNSET))

        def _parse_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taxable = _parse_taxable(d.pop("taxable", UNSET))

        def _parse_upgrades(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                upgrades_type_0 = cast(list[int], data)

                return upgrades_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        upgrades = _parse_upgrades(d.pop("upgrades", UNSET))

        def _parse_warranty(
            data: object,
        ) -> None | PricebookV2SkuWarrantyRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                warranty_type_0 = PricebookV2SkuWarrantyRequest.from_dict(data)

                return warranty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricebookV2SkuWarrantyRequest | Unset, data)

        warranty = _parse_warranty(d.pop("warranty", UNSET))

        pricebook_v2_service_create_request = cls(
            code=code,
            description=description,
            account=account,
            active=active,
            add_on_member_price=add_on_member_price,
            add_on_price=add_on_price,
            assets=assets,
            bonus=bonus,
            budget_cost_code=budget_cost_code,
            budget_cost_type=budget_cost_type,
            categories=categories,
            commission_bonus=commission_bonus,
            cross_sale_group=cross_sale_group,
            display_name=display_name,
            external_data=external_data,
            hours=hours,
            intacct_gl_group_account=intacct_gl_group_account,
            is_labor=is_labor,
            is_price_locked=is_price_locked,
            member_price=member_price,
            pays_commission=pays_commission,
            price=price,
            recommendations=recommendations,
            service_equipment=service_equipment,
            service_materials=service_materials,
            taxable=taxable,
            upgrades=upgrades,
            warranty=warranty,
        )

        pricebook_v2_service_create_request.additional_properties = d
        return pricebook_v2_service_create_request

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
