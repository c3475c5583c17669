from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_discount_and_fees_bulk_create_request import (
        PricebookV2DiscountAndFeesBulkCreateRequest,
    )
    from ..models.pricebook_v2_equipment_bulk_create_request import (
        PricebookV2EquipmentBulkCreateRequest,
    )
    from ..models.pricebook_v2_material_bulk_create_request import (
        PricebookV2MaterialBulkCreateRequest,
    )
    from ..models.pricebook_v2_service_bulk_create_request import (
        PricebookV2ServiceBulkCreateRequest,
    )


T = TypeVar("T", bound="PricebookV2PricebookBulkCreateRequest")


@_attrs_define
class PricebookV2PricebookBulkCreateRequest:
    """
    Attributes:
        discount_and_fees (list[PricebookV2DiscountAndFeesBulkCreateRequest] | None | Unset):
        equipment (list[PricebookV2EquipmentBulkCreateRequest] | None | Unset):
        materials (list[PricebookV2MaterialBulkCreateRequest] | None | Unset):
        services (list[PricebookV2ServiceBulkCreateRequest] | None | Unset):
    """

    discount_and_fees: (
        list[PricebookV2DiscountAndFeesBulkCreateRequest] | None | Unset
    ) = UNSET
    equipment: list[PricebookV2EquipmentBulkCreateRequest] | None | Unset = UNSET
    materials: list[PricebookV2MaterialBulkCreateRequest] | None | Unset = UNSET
    services: list[PricebookV2ServiceBulkCreateRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "discountAndFees",
        "equipment",
        "materials",
        "services",
    )

    def to_dict(self) -> dict[str, Any]:
        discount_and_fees: list[dict[str, Any]] | None | Unset
        if isinstance(self.discount_and_fees, Unset):
            discount_and_fees = UNSET
        elif isinstance(self.discount_and_fees, list):
            discount_and_fees = []
            for discount_and_fees_type_0_item_data in self.discount_and_fees:
                discount_and_fees_type_0_item = (
                    discount_and_fees_type_0_item_data.to_dict()
                )
                discount_and_fees.append(discount_and_fees_type_0_item)

        else:
            discount_and_fees = self.discount_and_fees

        equipment: list[dict[str, Any]] | None | Unset
        if isinstance(self.equipment, Unset):
            equipment = UNSET
        elif isinstance(self.equipment, list):
            equipment = []
            for equipment_type_0_item_data in self.equipment:
                equipment_type_0_item = equipment_type_0_item_data.to_dict()
                equipment.append(equipment_type_0_item)

        else:
            equipment = self.equipment

        materials: list[dict[str, Any]] | None | Unset
        if isinstance(self.materials, Unset):
            materials = UNSET
        elif isinstance(self.materials, list):
            materials = []
            for materials_type_0_item_data in self.materials:
                materials_type_0_item = materials_type_0_item_data.to_dict()
                materials.append(materials_type_0_item)

        else:
            materials = self.materials

        services: list[dict[str, Any]] | None | Unset
        if isinstance(self.services, Unset):
            services = UNSET
        elif isinstance(self.services, list):
            services = []
            for services_type_0_item_data in self.services:
                services_type_0_item = services_type_0_item_data.to_dict()
                services.append(services_type_0_item)

        else:
            services = self.services

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_and_fees is not UNSET:
            field_dict["discountAndFees"] = discount_and_fees
        if equipment is not UNSET:
            field_dict["equipment"] = equipment
        if materials is not UNSET:
            field_dict["materials"] = materials
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        discount_and_fees = d.pop("discountAndFees", UNSET)
        if discount_and_fees is not None and not isinstance(discount_and_fees, Unset):
            if not isinstance(discount_and_fees, list):
                raise TypeError()
            discount_and_fees_type_0 = [
                _models.PricebookV2DiscountAndFeesBulkCreateRequest.from_dict(
                    discount_and_fees_type_0_item_data
                )
                for discount_and_fees_type_0_item_data in discount_and_fees
            ]

            discount_and_fees = discount_and_fees_type_0

        equipment = d.pop("equipment", UNSET)
        if equipment is not None and not isinstance(equipment, Unset):
            if not isinstance(equipment, list):
                raise TypeError()
            equipment_type_0 = [
                _models.PricebookV2EquipmentBulkCreateRequest.from_dict(
                    equipment_type_0_item_data
                )
                for equipment_type_0_item_data in equipment
            ]

            equipment = equipment_type_0

        materials = d.pop("materials", UNSET)
        if materials is not None and not isinstance(materials, Unset):
            if not isinstance(materials, list):
                raise TypeError()
            materials_type_0 = [
                _models.PricebookV2MaterialBulkCreateRequest.from_dict(
                    materials_type_0_item_data
                )
                for materials_type_0_item_data in materials
            ]

            materials = materials_type_0

        services = d.pop("services", UNSET)
        if services is not None and not isinstance(services, Unset):
            if not isinstance(services, list):
                raise TypeError()
            services_type_0 = [
                _models.PricebookV2ServiceBulkCreateRequest.from_dict(
                    services_type_0_item_data
                )
                for services_type_0_item_data in services
            ]

            services = services_type_0

        pricebook_v2_pricebook_bulk_create_request = cls(
            discount_and_fees,
            equipment,
            materials,
            services,
        )

        pricebook_v2_pricebook_bulk_create_request.additional_properties = dict(d)
        return pricebook_v2_pricebook_bulk_create_request

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
