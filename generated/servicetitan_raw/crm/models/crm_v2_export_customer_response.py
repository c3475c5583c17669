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
    from ..models.crm_v2_external_data_model import CrmV2ExternalDataModel


T = TypeVar("T", bound="CrmV2ExportCustomerResponse")


@_attrs_define
class CrmV2ExportCustomerResponse:
    """
    Attributes:
        active (bool):
        address (CrmV2CustomersCustomerAddress):
        balance (float):
        created_by_id (int):
        created_on (datetime.datetime):
        custom_fields (list[CrmV2CustomersCustomFieldModel]):
        do_not_mail (bool):
        do_not_service (bool):
        external_data (list[CrmV2ExternalDataModel] | None):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        national_account (bool):
        tag_type_ids (list[int]):
        tax_exempt (bool):
        type_ (CrmV2CustomerType | None):
        credit_limit (float | None | Unset):
        credit_limit_balance (float | None | Unset):
        merged_to_id (int | None | Unset):
        payment_term_id (int | None | Unset):
    """

    active: bool
    address: CrmV2CustomersCustomerAddress
    balance: float
    created_by_id: int
    created_on: datetime.datetime
    custom_fields: list[CrmV2CustomersCustomFieldModel]
    do_not_mail: bool
    do_not_service: bool
    external_data: list[CrmV2ExternalDataModel] | None
    id: int
    modified_on: datetime.datetime
    name: str
    national_account: bool
    tag_type_ids: list[int]
    tax_exempt: bool
    type_: CrmV2CustomerType | None
    credit_limit: float | None | Unset = UNSET
    credit_limit_balance: float | None | Unset = UNSET
    merged_to_id: int | None | Unset = UNSET
    payment_term_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "address",
        "balance",
        "createdById",
        "createdOn",
        "customFields",
        "doNotMail",
        "doNotService",
        "externalData",
        "id",
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

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        do_not_mail = self.do_not_mail

        do_not_service = self.do_not_service

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

        national_account = self.national_account

        tag_type_ids = self.tag_type_ids

        tax_exempt = self.tax_exempt

        type_: None | str
        if isinstance(self.type_, CrmV2CustomerType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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
                "createdById": created_by_id,
                "createdOn": created_on,
                "customFields": custom_fields,
                "doNotMail": do_not_mail,
                "doNotService": do_not_service,
                "externalData": external_data,
                "id": id,
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

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.CrmV2CustomersCustomFieldModel.from_dict(custom_fields_item_data)
            for custom_fields_item_data in d.pop("customFields")
        ]

        do_not_mail = d.pop("doNotMail")

        do_not_service = d.pop("doNotService")

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

        national_account = d.pop("nationalAccount")

        tag_type_ids = d.pop("tagTypeIds")

        tax_exempt = d.pop("taxExempt")

        type_ = d.pop("type")
        if type_ is not None:
            if not isinstance(type_, str):
                raise TypeError()
            type_type_0 = CrmV2CustomerType(type_)

            type_ = type_type_0

        credit_limit = d.pop("creditLimit", UNSET)

        credit_limit_balance = d.pop("creditLimitBalance", UNSET)

        merged_to_id = d.pop("mergedToId", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        crm_v2_export_customer_response = cls(
            active,
            address,
            balance,
            created_by_id,
            created_on,
            custom_fields,
            do_not_mail,
            do_not_service,
            external_data,
            id,
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

        crm_v2_export_customer_response.additional_properties = dict(d)
        return crm_v2_export_customer_response

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
