from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_address_response import InventoryV2AddressResponse
    from ..models.inventory_v2_custom_field_response import (
        InventoryV2CustomFieldResponse,
    )
    from ..models.inventory_v2_external_data_model import InventoryV2ExternalDataModel
    from ..models.inventory_v2_vendor_contact_info_response import (
        InventoryV2VendorContactInfoResponse,
    )


T = TypeVar("T", bound="InventoryV2VendorResponse")


@_attrs_define
class InventoryV2VendorResponse:
    """
    Attributes:
        active (bool):
        address (InventoryV2AddressResponse):
        contact_info (InventoryV2VendorContactInfoResponse):
        created_on (datetime.datetime):
        default_tax_rate (float):
        delivery_option (str):
        external_data (list[InventoryV2ExternalDataModel]):
        id (int):
        is_mobile_creation_restricted (bool):
        is_truck_replenishment (bool):
        memo (str):
        modified_on (datetime.datetime):
        name (str):
        custom_fields (list[InventoryV2CustomFieldResponse] | None | Unset):
    """

    active: bool
    address: InventoryV2AddressResponse
    contact_info: InventoryV2VendorContactInfoResponse
    created_on: datetime.datetime
    default_tax_rate: float
    delivery_option: str
    external_data: list[InventoryV2ExternalDataModel]
    id: int
    is_mobile_creation_restricted: bool
    is_truck_replenishment: bool
    memo: str
    modified_on: datetime.datetime
    name: str
    custom_fields: list[InventoryV2CustomFieldResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "address",
        "contactInfo",
        "createdOn",
        "defaultTaxRate",
        "deliveryOption",
        "externalData",
        "id",
        "isMobileCreationRestricted",
        "isTruckReplenishment",
        "memo",
        "modifiedOn",
        "name",
        "customFields",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address = self.address.to_dict()

        contact_info = self.contact_info.to_dict()

        created_on = self.created_on.isoformat()

        default_tax_rate = self.default_tax_rate

        delivery_option = self.delivery_option

        external_data = []
        for external_data_item_data in self.external_data:
            external_data_item = external_data_item_data.to_dict()
            external_data.append(external_data_item)

        id = self.id

        is_mobile_creation_restricted = self.is_mobile_creation_restricted

        is_truck_replenishment = self.is_truck_replenishment

        memo = self.memo

        modified_on = self.modified_on.isoformat()

        name = self.name

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "address": address,
                "contactInfo": contact_info,
                "createdOn": created_on,
                "defaultTaxRate": default_tax_rate,
                "deliveryOption": delivery_option,
                "externalData": external_data,
                "id": id,
                "isMobileCreationRestricted": is_mobile_creation_restricted,
                "isTruckReplenishment": is_truck_replenishment,
                "memo": memo,
                "modifiedOn": modified_on,
                "name": name,
            }
        )
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        address = _models.InventoryV2AddressResponse.from_dict(d.pop("address"))

        contact_info = _models.InventoryV2VendorContactInfoResponse.from_dict(
            d.pop("contactInfo")
        )

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        default_tax_rate = d.pop("defaultTaxRate")

        delivery_option = d.pop("deliveryOption")

        external_data = [
            _models.InventoryV2ExternalDataModel.from_dict(external_data_item_data)
            for external_data_item_data in d.pop("externalData")
        ]

        id = d.pop("id")

        is_mobile_creation_restricted = d.pop("isMobileCreationRestricted")

        is_truck_replenishment = d.pop("isTruckReplenishment")

        memo = d.pop("memo")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.InventoryV2CustomFieldResponse.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        inventory_v2_vendor_response = cls(
            active,
            address,
            contact_info,
            created_on,
            default_tax_rate,
            delivery_option,
            external_data,
            id,
            is_mobile_creation_restricted,
            is_truck_replenishment,
            memo,
            modified_on,
            name,
            custom_fields,
        )

        inventory_v2_vendor_response.additional_properties = dict(d)
        return inventory_v2_vendor_response

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
