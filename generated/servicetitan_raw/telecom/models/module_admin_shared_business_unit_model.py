from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.module_admin_shared_business_unit_address_model import (
        ModuleAdminSharedBusinessUnitAddressModel,
    )
    from ..models.module_admin_shared_business_unit_tenant_model import (
        ModuleAdminSharedBusinessUnitTenantModel,
    )


T = TypeVar("T", bound="ModuleAdminSharedBusinessUnitModel")


@_attrs_define
class ModuleAdminSharedBusinessUnitModel:
    """
    Attributes:
        account_code (str):
        acknowledgement_paragraph (str):
        active (bool):
        address (ModuleAdminSharedBusinessUnitAddressModel):
        authorization_paragraph (str):
        concept_code (str):
        corporate_contract_number (str):
        currency (str):
        default_tax_rate (float):
        email (str):
        franchise_id (str):
        id (int):
        invoice_header (str):
        invoice_message (str):
        material_sku (str):
        modified_on (datetime.datetime):
        name (str):
        official_name (str):
        phone_number (str):
        quickbooks_class (str):
        tenant (ModuleAdminSharedBusinessUnitTenantModel):
    """

    account_code: str
    acknowledgement_paragraph: str
    active: bool
    address: ModuleAdminSharedBusinessUnitAddressModel
    authorization_paragraph: str
    concept_code: str
    corporate_contract_number: str
    currency: str
    default_tax_rate: float
    email: str
    franchise_id: str
    id: int
    invoice_header: str
    invoice_message: str
    material_sku: str
    modified_on: datetime.datetime
    name: str
    official_name: str
    phone_number: str
    quickbooks_class: str
    tenant: ModuleAdminSharedBusinessUnitTenantModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "accountCode",
        "acknowledgementParagraph",
        "active",
        "address",
        "authorizationParagraph",
        "conceptCode",
        "corporateContractNumber",
        "currency",
        "defaultTaxRate",
        "email",
        "franchiseId",
        "id",
        "invoiceHeader",
        "invoiceMessage",
        "materialSku",
        "modifiedOn",
        "name",
        "officialName",
        "phoneNumber",
        "quickbooksClass",
        "tenant",
    )

    def to_dict(self) -> dict[str, Any]:
        account_code = self.account_code

        acknowledgement_paragraph = self.acknowledgement_paragraph

        active = self.active

        address = self.address.to_dict()

        authorization_paragraph = self.authorization_paragraph

        concept_code = self.concept_code

        corporate_contract_number = self.corporate_contract_number

        currency = self.currency

        default_tax_rate = self.default_tax_rate

        email = self.email

        franchise_id = self.franchise_id

        id = self.id

        invoice_header = self.invoice_header

        invoice_message = self.invoice_message

        material_sku = self.material_sku

        modified_on = self.modified_on.isoformat()

        name = self.name

        official_name = self.official_name

        phone_number = self.phone_number

        quickbooks_class = self.quickbooks_class

        tenant = self.tenant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountCode": account_code,
                "acknowledgementParagraph": acknowledgement_paragraph,
                "active": active,
                "address": address,
                "authorizationParagraph": authorization_paragraph,
                "conceptCode": concept_code,
                "corporateContractNumber": corporate_contract_number,
                "currency": currency,
                "defaultTaxRate": default_tax_rate,
                "email": email,
                "franchiseId": franchise_id,
                "id": id,
                "invoiceHeader": invoice_header,
                "invoiceMessage": invoice_message,
                "materialSku": material_sku,
                "modifiedOn": modified_on,
                "name": name,
                "officialName": official_name,
                "phoneNumber": phone_number,
                "quickbooksClass": quickbooks_class,
                "tenant": tenant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_code = d.pop("accountCode")

        acknowledgement_paragraph = d.pop("acknowledgementParagraph")

        active = d.pop("active")

        address = _models.ModuleAdminSharedBusinessUnitAddressModel.from_dict(
            d.pop("address")
        )

        authorization_paragraph = d.pop("authorizationParagraph")

        concept_code = d.pop("conceptCode")

        corporate_contract_number = d.pop("corporateContractNumber")

        currency = d.pop("currency")

        default_tax_rate = d.pop("defaultTaxRate")

        email = d.pop("email")

        franchise_id = d.pop("franchiseId")

        id = d.pop("id")

        invoice_header = d.pop("invoiceHeader")

        invoice_message = d.pop("invoiceMessage")

        material_sku = d.pop("materialSku")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        official_name = d.pop("officialName")

        phone_number = d.pop("phoneNumber")

        quickbooks_class = d.pop("quickbooksClass")

        tenant = _models.ModuleAdminSharedBusinessUnitTenantModel.from_dict(
            d.pop("tenant")
        )

        module_admin_shared_business_unit_model = cls(
            account_code,
            acknowledgement_paragraph,
            active,
            address,
            authorization_paragraph,
            concept_code,
            corporate_contract_number,
            currency,
            default_tax_rate,
            email,
            franchise_id,
            id,
            invoice_header,
            invoice_message,
            material_sku,
            modified_on,
            name,
            official_name,
            phone_number,
            quickbooks_class,
            tenant,
        )

        module_admin_shared_business_unit_model.additional_properties = dict(d)
        return module_admin_shared_business_unit_model

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
