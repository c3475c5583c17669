from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.geolocation_coordinates_source import GeolocationCoordinatesSource
from ..models.geolocation_verification_status import GeolocationVerificationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_customers_custom_field_update_model import (
        CrmV2CustomersCustomFieldUpdateModel,
    )
    from ..models.crm_v2_customers_customer_address import CrmV2CustomersCustomerAddress
    from ..models.crm_v2_customers_new_customer_contact import (
        CrmV2CustomersNewCustomerContact,
    )
    from ..models.crm_v2_external_data_create_request import (
        CrmV2ExternalDataCreateRequest,
    )


T = TypeVar("T", bound="CrmV2CustomersNewLocation")


@_attrs_define
class CrmV2CustomersNewLocation:
    """
    Attributes:
        address (CrmV2CustomersCustomerAddress):
        name (str):
        contacts (list[CrmV2CustomersNewCustomerContact] | None | Unset):
        coordinates_source (GeolocationCoordinatesSource | None | Unset):
        coordinates_verification_status (GeolocationVerificationStatus | None | Unset):
        custom_fields (list[CrmV2CustomersCustomFieldUpdateModel] | None | Unset):
        external_data (CrmV2ExternalDataCreateRequest | None | Unset):
        tag_type_ids (list[int] | None | Unset):
    """

    address: CrmV2CustomersCustomerAddress
    name: str
    contacts: list[CrmV2CustomersNewCustomerContact] | None | Unset = UNSET
    coordinates_source: GeolocationCoordinatesSource | None | Unset = UNSET
    coordinates_verification_status: GeolocationVerificationStatus | None | Unset = (
        UNSET
    )
    custom_fields: list[CrmV2CustomersCustomFieldUpdateModel] | None | Unset = UNSET
    external_data: CrmV2ExternalDataCreateRequest | None | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "address",
        "name",
        "contacts",
        "coordinatesSource",
        "coordinatesVerificationStatus",
        "customFields",
        "externalData",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.crm_v2_external_data_create_request import (
            CrmV2ExternalDataCreateRequest,
        )

        address = self.address.to_dict()

        name = self.name

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

        coordinates_source: None | str | Unset
        if isinstance(self.coordinates_source, Unset):
            coordinates_source = UNSET
        elif isinstance(self.coordinates_source, GeolocationCoordinatesSource):
            coordinates_source = self.coordinates_source.value
        else:
            coordinates_source = self.coordinates_source

        coordinates_verification_status: None | str | Unset
        if isinstance(self.coordinates_verification_status, Unset):
            coordinates_verification_status = UNSET
        elif isinstance(
            self.coordinates_verification_status, GeolocationVerificationStatus
        ):
            coordinates_verification_status = self.coordinates_verification_status.value
        else:
            coordinates_verification_status = self.coordinates_verification_status

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

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, CrmV2ExternalDataCreateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        tag_type_ids: list[int] | None | Unset
        if isinstance(self.tag_type_ids, Unset):
            tag_type_ids = UNSET
        elif isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "name": name,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if coordinates_source is not UNSET:
            field_dict["coordinatesSource"] = coordinates_source
        if coordinates_verification_status is not UNSET:
            field_dict["coordinatesVerificationStatus"] = (
                coordinates_verification_status
            )
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = _models.CrmV2CustomersCustomerAddress.from_dict(d.pop("address"))

        name = d.pop("name")

        contacts = d.pop("contacts", UNSET)
        if contacts is not None and not isinstance(contacts, Unset):
            if not isinstance(contacts, list):
                raise TypeError()
            contacts_type_0 = [
                _models.CrmV2CustomersNewCustomerContact.from_dict(
                    contacts_type_0_item_data
                )
                for contacts_type_0_item_data in contacts
            ]

            contacts = contacts_type_0

        coordinates_source = d.pop("coordinatesSource", UNSET)
        if coordinates_source is not None and not isinstance(coordinates_source, Unset):
            if not isinstance(coordinates_source, str):
                raise TypeError()
            coordinates_source_type_0 = GeolocationCoordinatesSource(coordinates_source)

            coordinates_source = coordinates_source_type_0

        coordinates_verification_status = d.pop("coordinatesVerificationStatus", UNSET)
        if coordinates_verification_status is not None and not isinstance(
            coordinates_verification_status, Unset
        ):
            if not isinstance(coordinates_verification_status, str):
                raise TypeError()
            coordinates_verification_status_type_0 = GeolocationVerificationStatus(
                coordinates_verification_status
            )

            coordinates_verification_status = coordinates_verification_status_type_0

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.CrmV2CustomersCustomFieldUpdateModel.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = _models.CrmV2ExternalDataCreateRequest.from_dict(
                external_data
            )

            external_data = external_data_type_0

        tag_type_ids = d.pop("tagTypeIds", UNSET)
        if tag_type_ids is not None and not isinstance(tag_type_ids, Unset):
            if not isinstance(tag_type_ids, list):
                raise TypeError()
            tag_type_ids_type_0 = tag_type_ids

            tag_type_ids = tag_type_ids_type_0

        crm_v2_customers_new_location = cls(
            address,
            name,
            contacts,
            coordinates_source,
            coordinates_verification_status,
            custom_fields,
            external_data,
            tag_type_ids,
        )

        crm_v2_customers_new_location.additional_properties = dict(d)
        return crm_v2_customers_new_location

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
