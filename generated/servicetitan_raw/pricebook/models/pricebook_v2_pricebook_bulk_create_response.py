from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_custom_id_mapping_model import (
        PricebookV2CustomIdMappingModel,
    )


T = TypeVar("T", bound="PricebookV2PricebookBulkCreateResponse")


@_attrs_define
class PricebookV2PricebookBulkCreateResponse:
    """
    Attributes:
        discount_and_fees (list[PricebookV2CustomIdMappingModel] | None | Unset):
        equipment (list[PricebookV2CustomIdMappingModel] | None | Unset):
        materials (list[PricebookV2CustomIdMappingModel] | None | Unset):
        services (list[PricebookV2CustomIdMappingModel] | None | Unset):
    """

    discount_and_fees: list[PricebookV2CustomIdMappingModel] | None | Unset = UNSET
    equipment: list[PricebookV2CustomIdMappingModel] | None | Unset = UNSET
    materials: list[PricebookV2CustomIdMappingModel] | None | Unset = UNSET
    services: list[PricebookV2CustomIdMappingModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.pricebook_v2_custom_id_mapping_model import (
            PricebookV2CustomIdMappingModel,
        )

        d = dict(src_dict)

        def _parse_discount_and_fees(
            data: object,
        ) -> list[PricebookV2CustomIdMappingModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                discount_and_fees_type_0 = []
                _discount_and_fees_type_0 = data
                for discount_and_fees_type_0_item_data in _discount_and_fees_type_0:
                    discount_and_fees_type_0_item = (
                        PricebookV2CustomIdMappingModel.from_dict(
                            discount_and_fees_type_0_item_data
                        )
                    )

                    discount_and_fees_type_0.append(discount_and_fees_type_0_item)

                return discount_and_fees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricebookV2CustomIdMappingModel] | None | Unset, data)

        discount_and_fees = _parse_discount_and_fees(d.pop("discountAndFees", UNSET))

        def _parse_equipment(
            data: object,
        ) -> list[PricebookV2CustomIdMappingModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                equipment_type_0 = []
                _equipment_type_0 = data
                for equipment_type_0_item_data in _equipment_type_0:
                    equipment_type_0_item = PricebookV2CustomIdMappingModel.from_dict(
                        equipment_type_0_item_data
                    )

                    equipment_type_0.append(equipment_type_0_item)

                return equipment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricebookV2CustomIdMappingModel] | None | Unset, data)

        equipment = _parse_equipment(d.pop("equipment", UNSET))

        def _parse_materials(
            data: object,
        ) -> list[PricebookV2CustomIdMappingModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                materials_type_0 = []
                _materials_type_0 = data
                for materials_type_0_item_data in _materials_type_0:
                    materials_type_0_item = PricebookV2CustomIdMappingModel.from_dict(
                        materials_type_0_item_data
                    )

                    materials_type_0.append(materials_type_0_item)

                return materials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricebookV2CustomIdMappingModel] | None | Unset, data)

        materials = _parse_materials(d.pop("materials", UNSET))

        def _parse_services(
            data: object,
        ) -> list[PricebookV2CustomIdMappingModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                services_type_0 = []
                _services_type_0 = data
                for services_type_0_item_data in _services_type_0:
                    services_type_0_item = PricebookV2CustomIdMappingModel.from_dict(
                        services_type_0_item_data
                    )

                    services_type_0.append(services_type_0_item)

                return services_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricebookV2CustomIdMappingModel] | None | Unset, data)

        services = _parse_services(d.pop("services", UNSET))

        pricebook_v2_pricebook_bulk_create_response = cls(
            discount_and_fees=discount_and_fees,
            equipment=equipment,
            materials=materials,
            services=services,
        )

        pricebook_v2_pricebook_bulk_create_response.additional_properties = d
        return pricebook_v2_pricebook_bulk_create_response

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
