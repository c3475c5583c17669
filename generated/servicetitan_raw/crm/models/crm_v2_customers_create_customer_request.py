from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.crm_v2_customer_type import CrmV2CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_customers_custom_field_update_model import (
        CrmV2CustomersCustomFieldUpdateModel,
    )
    from ..models.crm_v2_customers_customer_address import CrmV2CustomersCustomerAddress
    from ..models.crm_v2_customers_new_customer_contact import (
        CrmV2CustomersNewCustomerContact,
    )
    from ..models.crm_v2_customers_new_location import CrmV2CustomersNewLocation
    from ..models.crm_v2_external_data_create_request import (
        CrmV2ExternalDataCreateRequest,
    )


T = TypeVar("T", bound="CrmV2CustomersCreateCustomerRequest")


@_attrs_define
class CrmV2CustomersCreateCustomerRequest:
    """
    Attributes:
        address (CrmV2CustomersCustomerAddress):
        locations (list[CrmV2CustomersNewLocation]):
        name (str):
        contacts (list[CrmV2CustomersNewCustomerContact] | None | Unset):
        credit_limit (float | None | Unset):
        credit_limit_balance (float | None | Unset):
        custom_fields (list[CrmV2CustomersCustomFieldUpdateModel] | None | Unset):
        do_not_mail (bool | None | Unset):
        do_not_service (bool | None | Unset):
        external_data (CrmV2ExternalDataCreateRequest | None | Unset):
        national_account (bool | None | Unset):
        payment_term_id (int | None | Unset):
        tag_type_ids (list[int] | None | Unset):
        tax_exempt (bool | None | Unset):
        type_ (CrmV2CustomerType | None | Unset):
    """

    address: CrmV2CustomersCustomerAddress
    locations: list[CrmV2CustomersNewLocation]
    name: str
    contacts: list[CrmV2CustomersNewCustomerContact] | None | Unset = UNSET
    credit_limit: float | None | Unset = UNSET
    credit_limit_balance: float | None | Unset = UNSET
    custom_fields: list[CrmV2CustomersCustomFieldUpdateModel] | None | Unset = UNSET
    do_not_mail: bool | None | Unset = UNSET
    do_not_service: bool | None | Unset = UNSET
    external_data: CrmV2ExternalDataCreateRequest | None | Unset = UNSET
    national_account: bool | None | Unset = UNSET
    payment_term_id: int | None | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    tax_exempt: bool | None | Unset = UNSET
    type_: CrmV2CustomerType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "address",
        "locations",
        "name",
        "contacts",
        "creditLimit",
        "creditLimitBalance",
        "customFields",
        "doNotMail",
        "doNotService",
        "externalData",
        "nationalAccount",
        "paymentTermId",
        "tagTypeIds",
        "taxExempt",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.crm_v2_external_data_create_request import (
            CrmV2ExternalDataCreateRequest,
        )

        address = self.address.to_dict()

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

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

        credit_limit: float | None | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        credit_limit_balance: float | None | Unset
        if isinstance(self.credit_limit_balance, Unset):
            credit_limit_balance = UNSET
        else:
            credit_limit_balance = self.credit_limit_balance

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

        do_not_mail: bool | None | Unset
        if isinstance(self.do_not_mail, Unset):
            do_not_mail = UNSET
        else:
            do_not_mail = self.do_not_mail

        do_not_service: bool | None | Unset
        if isinstance(self.do_not_service, Unset):
            do_not_service = UNSET
        else:
            do_not_service = self.do_not_service

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, CrmV2ExternalDataCreateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        national_account: bool | None | Unset
        if isinstance(self.national_account, Unset):
            national_account = UNSET
        else:
            national_account = self.national_account

        payment_term_id: int | None | Unset
        if isinstance(self.payment_term_id, Unset):
            payment_term_id = UNSET
        else:
            payment_term_id = self.payment_term_id

        tag_type_ids: list[int] | None | Unset
        if isinstance(self.tag_type_ids, Unset):
            tag_type_ids = UNSET
        elif isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        tax_exempt: bool | None | Unset
        if isinstance(self.tax_exempt, Unset):
            tax_exempt = UNSET
        else:
            tax_exempt = self.tax_exempt

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CrmV2CustomerType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "locations": locations,
                "name": name,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if credit_limit is not UNSET:
            field_dict["creditLimit"] = credit_limit
        if credit_limit_balance is not UNSET:
            field_dict["creditLimitBalance"] = credit_limit_balance
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if do_not_mail is not UNSET:
            field_dict["doNotMail"] = do_not_mail
        if do_not_service is not UNSET:
            field_dict["doNotService"] = do_not_service
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if national_account is not UNSET:
            field_dict["nationalAccount"] = national_account
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids
        if tax_exempt is not UNSET:
            field_dict["taxExempt"] = tax_exempt
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = _models.CrmV2CustomersCustomerAddress.from_dict(d.pop("address"))

        locations = [
            _models.CrmV2CustomersNewLocation.from_dict(locations_item_data)
            for locations_item_data in d.pop("locations")
        ]

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

        credit_limit = d.pop("creditLimit", UNSET)

        credit_limit_balance = d.pop("creditLimitBalance", UNSET)

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

        do_not_mail = d.pop("doNotMail", UNSET)

        do_not_service = d.pop("doNotService", UNSET)

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = _models.CrmV2ExternalDataCreateRequest.from_dict(
                external_data
            )

            external_data = external_data_type_0

        national_account = d.pop("nationalAccount", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)
        if tag_type_ids is not None and not isinstance(tag_type_ids, Unset):
            if not isinstance(tag_type_ids, list):
                raise TypeError()
            tag_type_ids_type_0 = tag_type_ids

            tag_type_ids = tag_type_ids_type_0

        tax_exempt = d.pop("taxExempt", UNSET)

        type_ = d.pop("type", UNSET)
        if type_ is not None and not isinstance(type_, Unset):
            if not isinstance(type_, str):
                raise TypeError()
            type_type_0 = CrmV2CustomerType(type_)

            type_ = type_type_0

        crm_v2_customers_create_customer_request = cls(
            address,
            locations,
            name,
            contacts,
            credit_limit,
            credit_limit_balance,
            custom_fields,
            do_not_mail,
            do_not_service,
            external_data,
            national_account,
            payment_term_id,
            tag_type_ids,
            tax_exempt,
            type_,
        )

        crm_v2_customers_create_customer_request.additional_properties = dict(d)
        return crm_v2_customers_create_customer_request

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
