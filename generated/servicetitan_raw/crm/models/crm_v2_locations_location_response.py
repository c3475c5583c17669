from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_customers_custom_field_model import (
        CrmV2CustomersCustomFieldModel,
    )
    from ..models.crm_v2_customers_customer_address import CrmV2CustomersCustomerAddress
    from ..models.crm_v2_external_data_model import CrmV2ExternalDataModel


T = TypeVar("T", bound="CrmV2LocationsLocationResponse")


@_attrs_define
class CrmV2LocationsLocationResponse:
    """
    Attributes:
        active (bool):
        address (CrmV2CustomersCustomerAddress):
        created_by_id (int):
        created_on (datetime.datetime):
        custom_fields (list[CrmV2CustomersCustomFieldModel]):
        customer_id (int):
        external_data (list[CrmV2ExternalDataModel] | None):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        tag_type_ids (list[int]):
        tax_exempt (bool):
        merged_to_id (int | None | Unset):
        tax_zone_id (int | None | Unset):
        zone_id (int | None | Unset):
    """

    active: bool
    address: CrmV2CustomersCustomerAddress
    created_by_id: int
    created_on: datetime.datetime
    custom_fields: list[CrmV2CustomersCustomFieldModel]
    customer_id: int
    external_data: list[CrmV2ExternalDataModel] | None
    id: int
    modified_on: datetime.datetime
    name: str
    tag_type_ids: list[int]
    tax_exempt: bool
    merged_to_id: int | None | Unset = UNSET
    tax_zone_id: int | None | Unset = UNSET
    zone_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "address",
        "createdById",
        "createdOn",
        "customFields",
        "customerId",
        "externalData",
        "id",
        "modifiedOn",
        "name",
        "tagTypeIds",
        "taxExempt",
        "mergedToId",
        "taxZoneId",
        "zoneId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address = self.address.to_dict()

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        customer_id = self.customer_id

        external_data: list[dict[str, Any]] | None
        if isinstance(self.external_data, list):
            external_data = []
            for external_data_type_0_item_data in self.external_data:
                external_data_type_0_item = external_data_type_0_item_data.to_dict()
                external_data.append(external_data_type_0_item)

        else:
            external_data = self.external_data

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        tag_type_ids = self.tag_type_ids

        tax_exempt = self.tax_exempt

        merged_to_id: int | None | Unset
        if isinstance(self.merged_to_id, Unset):
            merged_to_id = UNSET
        else:
            merged_to_id = self.merged_to_id

        tax_zone_id: int | None | Unset
        if isinstance(self.tax_zone_id, Unset):
            tax_zone_id = UNSET
        else:
            tax_zone_id = self.tax_zone_id

        zone_id: int | None | Unset
        if isinstance(self.zone_id, Unset):
            zone_id = UNSET
        else:
            zone_id = self.zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "address": address,
                "createdById": created_by_id,
                "createdOn": created_on,
                "customFields": custom_fields,
                "customerId": customer_id,
                "externalData": external_data,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "tagTypeIds": tag_type_ids,
                "taxExempt": tax_exempt,
            }
        )
        if merged_to_id is not UNSET:
            field_dict["mergedToId"] = merged_to_id
        if tax_zone_id is not UNSET:
            field_dict["taxZoneId"] = tax_zone_id
        if zone_id is not UNSET:
            field_dict["zoneId"] = zone_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        address = _models.CrmV2CustomersCustomerAddress.from_dict(d.pop("address"))

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.CrmV2CustomersCustomFieldModel.from_dict(custom_fields_item_data)
            for custom_fields_item_data in d.pop("customFields")
        ]

        customer_id = d.pop("customerId")

        external_data = d.pop("externalData")
        if external_data is not None:
            if not isinstance(external_data, list):
                raise TypeError()
            external_data_type_0 = [
                _models.CrmV2ExternalDataModel.from_dict(external_data_type_0_item_data)
                for external_data_type_0_item_data in external_data
            ]

            external_data = external_data_type_0

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        tag_type_ids = d.pop("tagTypeIds")

        tax_exempt = d.pop("taxExempt")

        merged_to_id = d.pop("mergedToId", UNSET)

        tax_zone_id = d.pop("taxZoneId", UNSET)

        zone_id = d.pop("zoneId", UNSET)

        crm_v2_locations_location_response = cls(
            active,
            address,
            created_by_id,
            created_on,
            custom_fields,
            customer_id,
            external_data,
            id,
            modified_on,
            name,
            tag_type_ids,
            tax_exempt,
            merged_to_id,
            tax_zone_id,
            zone_id,
        )

        crm_v2_locations_location_response.additional_properties = dict(d)
        return crm_v2_locations_location_response

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
