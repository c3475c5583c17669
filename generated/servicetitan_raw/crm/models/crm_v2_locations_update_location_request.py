from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_customers_custom_field_update_model import (
        CrmV2CustomersCustomFieldUpdateModel,
    )
    from ..models.crm_v2_external_data_update_request import (
        CrmV2ExternalDataUpdateRequest,
    )
    from ..models.crm_v2_locations_address_patch_model import (
        CrmV2LocationsAddressPatchModel,
    )


T = TypeVar("T", bound="CrmV2LocationsUpdateLocationRequest")


@_attrs_define
class CrmV2LocationsUpdateLocationRequest:
    """
    Attributes:
        active (bool | Unset):
        address (CrmV2LocationsAddressPatchModel | Unset):
        custom_fields (list[CrmV2CustomersCustomFieldUpdateModel] | Unset):
        customer_id (int | Unset):
        external_data (CrmV2ExternalDataUpdateRequest | Unset):
        name (str | Unset):
        tag_type_ids (list[int] | Unset):
        tax_zone_id (int | Unset):
    """

    active: bool | Unset = UNSET
    address: CrmV2LocationsAddressPatchModel | Unset = UNSET
    custom_fields: list[CrmV2CustomersCustomFieldUpdateModel] | Unset = UNSET
    customer_id: int | Unset = UNSET
    external_data: CrmV2ExternalDataUpdateRequest | Unset = UNSET
    name: str | Unset = UNSET
    tag_type_ids: list[int] | Unset = UNSET
    tax_zone_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "address",
        "customFields",
        "customerId",
        "externalData",
        "name",
        "tagTypeIds",
        "taxZoneId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        customer_id = self.customer_id

        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

        name = self.name

        tag_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_type_ids, Unset):
            tag_type_ids = self.tag_type_ids

        tax_zone_id = self.tax_zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if name is not UNSET:
            field_dict["name"] = name
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids
        if tax_zone_id is not UNSET:
            field_dict["taxZoneId"] = tax_zone_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        address = d.pop("address", UNSET)
        if not isinstance(address, Unset):
            address = _models.CrmV2LocationsAddressPatchModel.from_dict(address)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = [
                _models.CrmV2CustomersCustomFieldUpdateModel.from_dict(
                    custom_fields_item_data
                )
                for custom_fields_item_data in custom_fields
            ]

        customer_id = d.pop("customerId", UNSET)

        external_data = d.pop("externalData", UNSET)
        if not isinstance(external_data, Unset):
            external_data = _models.CrmV2ExternalDataUpdateRequest.from_dict(
                external_data
            )

        name = d.pop("name", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)

        tax_zone_id = d.pop("taxZoneId", UNSET)

        crm_v2_locations_update_location_request = cls(
            active,
            address,
            custom_fields,
            customer_id,
            external_data,
            name,
            tag_type_ids,
            tax_zone_id,
        )

        crm_v2_locations_update_location_request.additional_properties = dict(d)
        return crm_v2_locations_update_location_request

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
