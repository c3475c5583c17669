from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.crm_customers_customer_type import CrmCustomersCustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_output import AddressOutput
    from ..models.contacts_contracts_contact_output_model import (
        ContactsContractsContactOutputModel,
    )
    from ..models.crm_contracts_customers_customer_phone_model import (
        CrmContractsCustomersCustomerPhoneModel,
    )
    from ..models.custom_field_api_model import CustomFieldApiModel
    from ..models.memberships_membership_model import MembershipsMembershipModel


T = TypeVar("T", bound="CrmContractsCustomersCustomerModel")


@_attrs_define
class CrmContractsCustomersCustomerModel:
    """
    Attributes:
        active (bool):
        address (AddressOutput):
        contacts (list[ContactsContractsContactOutputModel]):
        created_on (datetime.datetime):
        custom_fields (list[CustomFieldApiModel]):
        do_not_mail (bool):
        do_not_service (bool):
        email (str):
        id (int):
        import_id (str):
        memberships (list[MembershipsMembershipModel]):
        modified_on (datetime.datetime):
        name (str):
        phone_settings (list[CrmContractsCustomersCustomerPhoneModel]):
        type_ (CrmCustomersCustomerType):
        balance (float | None | Unset):
        created_by (int | None | Unset):
        has_active_membership (bool | None | Unset):
        merged_to_id (int | None | Unset):
    """

    active: bool
    address: AddressOutput
    contacts: list[ContactsContractsContactOutputModel]
    created_on: datetime.datetime
    custom_fields: list[CustomFieldApiModel]
    do_not_mail: bool
    do_not_service: bool
    email: str
    id: int
    import_id: str
    memberships: list[MembershipsMembershipModel]
    modified_on: datetime.datetime
    name: str
    phone_settings: list[CrmContractsCustomersCustomerPhoneModel]
    type_: CrmCustomersCustomerType
    balance: float | None | Unset = UNSET
    created_by: int | None | Unset = UNSET
    has_active_membership: bool | None | Unset = UNSET
    merged_to_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "address",
        "contacts",
        "createdOn",
        "customFields",
        "doNotMail",
        "doNotService",
        "email",
        "id",
        "importId",
        "memberships",
        "modifiedOn",
        "name",
        "phoneSettings",
        "type",
        "balance",
        "createdBy",
        "hasActiveMembership",
        "mergedToId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address = self.address.to_dict()

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        do_not_mail = self.do_not_mail

        do_not_service = self.do_not_service

        email = self.email

        id = self.id

        import_id = self.import_id

        memberships = []
        for memberships_item_data in self.memberships:
            memberships_item = memberships_item_data.to_dict()
            memberships.append(memberships_item)

        modified_on = self.modified_on.isoformat()

        name = self.name

        phone_settings = []
        for phone_settings_item_data in self.phone_settings:
            phone_settings_item = phone_settings_item_data.to_dict()
            phone_settings.append(phone_settings_item)

        type_ = self.type_.value

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        created_by: int | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        has_active_membership: bool | None | Unset
        if isinstance(self.has_active_membership, Unset):
            has_active_membership = UNSET
        else:
            has_active_membership = self.has_active_membership

        merged_to_id: int | None | Unset
        if isinstance(self.merged_to_id, Unset):
            merged_to_id = UNSET
        else:
            merged_to_id = self.merged_to_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "address": address,
                "contacts": contacts,
                "createdOn": created_on,
                "customFields": custom_fields,
                "doNotMail": do_not_mail,
                "doNotService": do_not_service,
                "email": email,
                "id": id,
                "importId": import_id,
                "memberships": memberships,
                "modifiedOn": modified_on,
                "name": name,
                "phoneSettings": phone_settings,
                "type": type_,
            }
        )
        if balance is not UNSET:
            field_dict["balance"] = balance
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if has_active_membership is not UNSET:
            field_dict["hasActiveMembership"] = has_active_membership
        if merged_to_id is not UNSET:
            field_dict["mergedToId"] = merged_to_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        address = _models.AddressOutput.from_dict(d.pop("address"))

        contacts = [
            _models.ContactsContractsContactOutputModel.from_dict(contacts_item_data)
            for contacts_item_data in d.pop("contacts")
        ]

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.CustomFieldApiModel.from_dict(custom_fields_item_data)
            for custom_fields_item_data in d.pop("customFields")
        ]

        do_not_mail = d.pop("doNotMail")

        do_not_service = d.pop("doNotService")

        email = d.pop("email")

        id = d.pop("id")

        import_id = d.pop("importId")

        memberships = [
            _models.MembershipsMembershipModel.from_dict(memberships_item_data)
            for memberships_item_data in d.pop("memberships")
        ]

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        phone_settings = [
            _models.CrmContractsCustomersCustomerPhoneModel.from_dict(
                phone_settings_item_data
            )
            for phone_settings_item_data in d.pop("phoneSettings")
        ]

        type_ = CrmCustomersCustomerType(d.pop("type"))

        balance = d.pop("balance", UNSET)

        created_by = d.pop("createdBy", UNSET)

        has_active_membership = d.pop("hasActiveMembership", UNSET)

        merged_to_id = d.pop("mergedToId", UNSET)

        crm_contracts_customers_customer_model = cls(
            active,
            address,
            contacts,
            created_on,
            custom_fields,
            do_not_mail,
            do_not_service,
            email,
            id,
            import_id,
            memberships,
            modified_on,
            name,
            phone_settings,
            type_,
            balance,
            created_by,
            has_active_membership,
            merged_to_id,
        )

        crm_contracts_customers_customer_model.additional_properties = dict(d)
        return crm_contracts_customers_customer_model

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
