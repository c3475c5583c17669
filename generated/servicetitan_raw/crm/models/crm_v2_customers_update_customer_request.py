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
    from ..models.crm_v2_customers_update_customer_address import (
        CrmV2CustomersUpdateCustomerAddress,
    )
    from ..models.crm_v2_external_data_update_request import (
        CrmV2ExternalDataUpdateRequest,
    )


T = TypeVar("T", bound="CrmV2CustomersUpdateCustomerRequest")


@_attrs_define
class CrmV2CustomersUpdateCustomerRequest:
    """
    Attributes:
        active (bool | Unset):
        address (CrmV2CustomersUpdateCustomerAddress | Unset):
        credit_limit (float | Unset):
        credit_limit_balance (float | Unset):
        custom_fields (list[CrmV2CustomersCustomFieldUpdateModel] | Unset):
        do_not_mail (bool | Unset):
        do_not_service (bool | Unset):
        external_data (CrmV2ExternalDataUpdateRequest | Unset):
        name (str | Unset):
        national_account (bool | Unset):
        payment_term_id (int | Unset):
        tag_type_ids (list[int] | Unset):
        tax_exempt (bool | Unset):
        type_ (CrmV2CustomerType | Unset):
    """

    active: bool | Unset = UNSET
    address: CrmV2CustomersUpdateCustomerAddress | Unset = UNSET
    credit_limit: float | Unset = UNSET
    credit_limit_balance: float | Unset = UNSET
    custom_fields: list[CrmV2CustomersCustomFieldUpdateModel] | Unset = UNSET
    do_not_mail: bool | Unset = UNSET
    do_not_service: bool | Unset = UNSET
    external_data: CrmV2ExternalDataUpdateRequest | Unset = UNSET
    name: str | Unset = UNSET
    national_account: bool | Unset = UNSET
    payment_term_id: int | Unset = UNSET
    tag_type_ids: list[int] | Unset = UNSET
    tax_exempt: bool | Unset = UNSET
    type_: CrmV2CustomerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "address",
        "creditLimit",
        "creditLimitBalance",
        "customFields",
        "doNotMail",
        "doNotService",
        "externalData",
        "name",
        "nationalAccount",
        "paymentTermId",
        "tagTypeIds",
        "taxExempt",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        credit_limit = self.credit_limit

        credit_limit_balance = self.credit_limit_balance

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        do_not_mail = self.do_not_mail

        do_not_service = self.do_not_service

        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

        name = self.name

        national_account = self.national_account

        payment_term_id = self.payment_term_id

        tag_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_type_ids, Unset):
            tag_type_ids = self.tag_type_ids

        tax_exempt = self.tax_exempt

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
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
        if name is not UNSET:
            field_dict["name"] = name
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
        active = d.pop("active", UNSET)

        address = d.pop("address", UNSET)
        if not isinstance(address, Unset):
            address = _models.CrmV2CustomersUpdateCustomerAddress.from_dict(address)

        credit_limit = d.pop("creditLimit", UNSET)

        credit_limit_balance = d.pop("creditLimitBalance", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = [
                _models.CrmV2CustomersCustomFieldUpdateModel.from_dict(
                    custom_fields_item_data
                )
                for custom_fields_item_data in custom_fields
            ]

        do_not_mail = d.pop("doNotMail", UNSET)

        do_not_service = d.pop("doNotService", UNSET)

        external_data = d.pop("externalData", UNSET)
        if not isinstance(external_data, Unset):
            external_data = _models.CrmV2ExternalDataUpdateRequest.from_dict(
                external_data
            )

        name = d.pop("name", UNSET)

        national_account = d.pop("nationalAccount", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)

        tax_exempt = d.pop("taxExempt", UNSET)

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, Unset):
            type_ = CrmV2CustomerType(type_)

        crm_v2_customers_update_customer_request = cls(
            active,
            address,
            credit_limit,
            credit_limit_balance,
            custom_fields,
            do_not_mail,
            do_not_service,
            external_data,
            name,
            national_account,
            payment_term_id,
            tag_type_ids,
            tax_exempt,
            type_,
        )

        crm_v2_customers_update_customer_request.additional_properties = dict(d)
        return crm_v2_customers_update_customer_request

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
