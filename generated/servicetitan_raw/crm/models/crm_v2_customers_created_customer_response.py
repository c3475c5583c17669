from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.crm_v2_customer_type import CrmV2CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_customers_custom_field_model import (
        CrmV2CustomersCustomFieldModel,
    )
    from ..models.crm_v2_customers_customer_address import CrmV2CustomersCustomerAddress
    from ..models.crm_v2_customers_customer_contact import CrmV2CustomersCustomerContact
    from ..models.crm_v2_external_data_model import CrmV2ExternalDataModel
    from ..models.crm_v2_locations_create_location_response import (
        CrmV2LocationsCreateLocationResponse,
    )


T = TypeVar("T", bound="CrmV2CustomersCreatedCustomerResponse")


@_attrs_define
class CrmV2CustomersCreatedCustomerResponse:
    """
    Attributes:
        active (bool):
        address (CrmV2CustomersCustomerAddress):
        balance (float):
        contacts (list[CrmV2CustomersCustomerContact]):
        created_by_id (int):
        created_on (datetime.datetime):
        custom_fields (list[CrmV2CustomersCustomFieldModel]):
        do_not_mail (bool):
        do_not_service (bool):
        external_data (list[CrmV2ExternalDataModel]):
        id (int):
        locations (list[CrmV2LocationsCreateLocationResponse]):
        modified_on (datetime.datetime):
        name (str):
        national_account (bool):
        tag_type_ids (list[int]):
        tax_exempt (bool):
        type_ (CrmV2CustomerType):
        credit_limit (float | None | Unset):
        credit_limit_balance (float | None | Unset):
        merged_to_id (int | None | Unset):
        payment_term_id (int | None | Unset):
    """

    active: bool
    address: CrmV2CustomersCustomerAddress
    balance: float
    contacts: list[CrmV2CustomersCustomerContact]
    created_by_id: int
    created_on: datetime.datetime
    custom_fields: list[CrmV2CustomersCustomFieldModel]
    do_not_mail: bool
    do_not_service: bool
    external_data: list[CrmV2ExternalDataModel]
    id: int
    locations: list[CrmV2LocationsCreateLocationResponse]
    modified_on: datetime.datetime
    name: str
    national_account: bool
    tag_type_ids: list[int]
    tax_exempt: bool
    type_: CrmV2CustomerType
    credit_limit: float | None | Unset = UNSET
    credit_limit_balance: float | None | Unset = UNSET
    merged_to_id: int | None | Unset = UNSET
    payment_term_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "address",
        "balance",
        "contacts",
        "createdById",
        "createdOn",
        "customFields",
        "doNotMail",
        "doNotService",
        "externalData",
        "id",
        "locations",
        "modifiedOn",
        "name",
        "nationalAccount",
        "tagTypeIds",
        "taxExempt",
        "type",
        "creditLimit",
        "creditLimitBalance",
        "mergedToId",
        "paymentTermId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address = self.address.to_dict()

        balance = self.balance

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        do_not_mail = self.do_not_mail

        do_not_service = self.do_not_service

        external_data = []
        for external_data_item_data in self.external_data:
            external_data_item = external_data_item_data.to_dict()
            external_data.append(external_data_item)

        id = self.id

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        modified_on = self.modified_on.isoformat()

        name = self.name

        national_account = self.national_account

        tag_type_ids = self.tag_type_ids

        tax_exempt = self.tax_exempt

        type_ = self.type_.value

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

        merged_to_id: int | None | Unset
        if isinstance(self.merged_to_id, Unset):
            merged_to_id = UNSET
        else:
            merged_to_id = self.merged_to_id

        payment_term_id: int | None | Unset
        if isinstance(self.payment_term_id, Unset):
            payment_term_id = UNSET
        else:
            payment_term_id = self.payment_term_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "address": address,
                "balance": balance,
                "contacts": contacts,
                "createdById": created_by_id,
                "createdOn": created_on,
                "customFields": custom_fields,
                "doNotMail": do_not_mail,
                "doNotService": do_not_service,
                "externalData": external_data,
                "id": id,
                "locations": locations,
                "modifiedOn": modified_on,
                "name": name,
                "nationalAccount": national_account,
                "tagTypeIds": tag_type_ids,
                "taxExempt": tax_exempt,
                "type": type_,
            }
        )
        if credit_limit is not UNSET:
            field_dict["creditLimit"] = credit_limit
        if credit_limit_balance is not UNSET:
            field_dict["creditLimitBalance"] = credit_limit_balance
        if merged_to_id is not UNSET:
            field_dict["mergedToId"] = merged_to_id
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        address = _models.CrmV2CustomersCustomerAddress.from_dict(d.pop("address"))

        balance = d.pop("balance")

        contacts = [
            _models.CrmV2CustomersCustomerContact.from_dict(contacts_item_data)
            for contacts_item_data in d.pop("contacts")
        ]

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.CrmV2CustomersCustomFieldModel.from_dict(custom_fields_item_data)
            for custom_fields_item_data in d.pop("customFields")
        ]

        do_not_mail = d.pop("doNotMail")

        do_not_service = d.pop("doNotService")

        external_data = [
            _models.CrmV2ExternalDataModel.from_dict(external_data_item_data)
            for external_data_item_data in d.pop("externalData")
        ]

        id = d.pop("id")

        locations = [
            _models.CrmV2LocationsCreateLocationResponse.from_dict(locations_item_data)
            for locations_item_data in d.pop("locations")
        ]

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        national_account = d.pop("nationalAccount")

        tag_type_ids = d.pop("tagTypeIds")

        tax_exempt = d.pop("taxExempt")

        type_ = CrmV2CustomerType(d.pop("type"))

        credit_limit = d.pop("creditLimit", UNSET)

        credit_limit_balance = d.pop("creditLimitBalance", UNSET)

        merged_to_id = d.pop("mergedToId", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        crm_v2_customers_created_customer_response = cls(
            active,
            address,
            balance,
            contacts,
            created_by_id,
            created_on,
            custom_fields,
            do_not_mail,
            do_not_service,
            external_data,
            id,
            locations,
            modified_on,
            name,
            national_account,
            tag_type_ids,
            tax_exempt,
            type_,
            credit_limit,
            credit_limit_balance,
            merged_to_id,
            payment_term_id,
        )

        crm_v2_customers_created_customer_response.additional_properties = dict(d)
        return crm_v2_customers_created_customer_response

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
