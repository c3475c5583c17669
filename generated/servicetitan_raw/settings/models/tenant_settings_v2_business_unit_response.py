from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.services_named_model import ServicesNamedModel
    from ..models.tenant_settings_v2_business_unit_address_response import (
        TenantSettingsV2BusinessUnitAddressResponse,
    )
    from ..models.tenant_settings_v2_business_unit_tenant_response import (
        TenantSettingsV2BusinessUnitTenantResponse,
    )
    from ..models.tenant_settings_v2_external_data_model import (
        TenantSettingsV2ExternalDataModel,
    )


T = TypeVar("T", bound="TenantSettingsV2BusinessUnitResponse")


@_attrs_define
class TenantSettingsV2BusinessUnitResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        account_code (None | str | Unset):
        acknowledgement_paragraph (None | str | Unset):
        address (None | TenantSettingsV2BusinessUnitAddressResponse | Unset):
        authorization_paragraph (None | str | Unset):
        certified_sentricon_specialist_code (None | str | Unset):
        concept_code (None | str | Unset):
        corporate_contract_number (None | str | Unset):
        currency (None | str | Unset):
        default_tax_rate (float | None | Unset):
        division (None | ServicesNamedModel | Unset):
        email (None | str | Unset):
        external_data (list[TenantSettingsV2ExternalDataModel] | None | Unset):
        franchise_id (None | str | Unset):
        invoice_header (None | str | Unset):
        invoice_message (None | str | Unset):
        material_sku (None | str | Unset):
        official_name (None | str | Unset):
        phone_number (None | str | Unset):
        quickbooks_class (None | str | Unset):
        tag_type_ids (list[int] | None | Unset):
        tenant (None | TenantSettingsV2BusinessUnitTenantResponse | Unset):
        trade (None | ServicesNamedModel | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    modified_on: datetime.datetime
    name: str
    account_code: None | str | Unset = UNSET
    acknowledgement_paragraph: None | str | Unset = UNSET
    address: None | TenantSettingsV2BusinessUnitAddressResponse | Unset = UNSET
    authorization_paragraph: None | str | Unset = UNSET
    certified_sentricon_specialist_code: None | str | Unset = UNSET
    concept_code: None | str | Unset = UNSET
    corporate_contract_number: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    default_tax_rate: float | None | Unset = UNSET
    division: None | ServicesNamedModel | Unset = UNSET
    email: None | str | Unset = UNSET
    external_data: list[TenantSettingsV2ExternalDataModel] | None | Unset = UNSET
    franchise_id: None | str | Unset = UNSET
    invoice_header: None | str | Unset = UNSET
    invoice_message: None | str | Unset = UNSET
    material_sku: None | str | Unset = UNSET
    official_name: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    quickbooks_class: None | str | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    tenant: None | TenantSettingsV2BusinessUnitTenantResponse | Unset = UNSET
    trade: None | ServicesNamedModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "modifiedOn",
        "name",
        "accountCode",
        "acknowledgementParagraph",
        "address",
        "authorizationParagraph",
        "certifiedSentriconSpecialistCode",
        "conceptCode",
        "corporateContractNumber",
        "currency",
        "defaultTaxRate",
        "division",
        "email",
        "externalData",
        "franchiseId",
        "invoiceHeader",
        "invoiceMessage",
        "materialSku",
        "officialName",
        "phoneNumber",
        "quickbooksClass",
        "tagTypeIds",
        "tenant",
        "trade",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.services_named_model import ServicesNamedModel
        from ..models.tenant_settings_v2_business_unit_address_response import (
            TenantSettingsV2BusinessUnitAddressResponse,
        )
        from ..models.tenant_settings_v2_business_unit_tenant_response import (
            TenantSettingsV2BusinessUnitTenantResponse,
        )

        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        account_code: None | str | Unset
        if isinstance(self.account_code, Unset):
            account_code = UNSET
        else:
            account_code = self.account_code

        acknowledgement_paragraph: None | str | Unset
        if isinstance(self.acknowledgement_paragraph, Unset):
            acknowledgement_paragraph = UNSET
        else:
            acknowledgement_paragraph = self.acknowledgement_paragraph

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, TenantSettingsV2BusinessUnitAddressResponse):
            address = self.address.to_dict()
        else:
            address = self.address

        authorization_paragraph: None | str | Unset
        if isinstance(self.authorization_paragraph, Unset):
            authorization_paragraph = UNSET
        else:
            authorization_paragraph = self.authorization_paragraph

        certified_sentricon_specialist_code: None | str | Unset
        if isinstance(self.certified_sentricon_specialist_code, Unset):
            certified_sentricon_specialist_code = UNSET
        else:
            certified_sentricon_specialist_code = (
                self.certified_sentricon_specialist_code
            )

        concept_code: None | str | Unset
        if isinstance(self.concept_code, Unset):
            concept_code = UNSET
        else:
            concept_code = self.concept_code

        corporate_contract_number: None | str | Unset
        if isinstance(self.corporate_contract_number, Unset):
            corporate_contract_number = UNSET
        else:
            corporate_contract_number = self.corporate_contract_number

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        default_tax_rate: float | None | Unset
        if isinstance(self.default_tax_rate, Unset):
            default_tax_rate = UNSET
        else:
            default_tax_rate = self.default_tax_rate

        division: dict[str, Any] | None | Unset
        if isinstance(self.division, Unset):
            division = UNSET
        elif isinstance(self.division, ServicesNamedModel):
            division = self.division.to_dict()
        else:
            division = self.division

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        external_data: list[dict[str, Any]] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, list):
            external_data = []
            for external_data_type_0_item_data in self.external_data:
                external_data_type_0_item = external_data_type_0_item_data.to_dict()
                external_data.append(external_data_type_0_item)

        else:
            external_data = self.external_data

        franchise_id: None | str | Unset
        if isinstance(self.franchise_id, Unset):
            franchise_id = UNSET
        else:
            franchise_id = self.franchise_id

        invoice_header: None | str | Unset
        if isinstance(self.invoice_header, Unset):
            invoice_header = UNSET
        else:
            invoice_header = self.invoice_header

        invoice_message: None | str | Unset
        if isinstance(self.invoice_message, Unset):
            invoice_message = UNSET
        else:
            invoice_message = self.invoice_message

        material_sku: None | str | Unset
        if isinstance(self.material_sku, Unset):
            material_sku = UNSET
        else:
            material_sku = self.material_sku

        official_name: None | str | Unset
        if isinstance(self.official_name, Unset):
            official_name = UNSET
        else:
            official_name = self.official_name

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        quickbooks_class: None | str | Unset
        if isinstance(self.quickbooks_class, Unset):
            quickbooks_class = UNSET
        else:
            quickbooks_class = self.quickbooks_class

        tag_type_ids: list[int] | None | Unset
        if isinstance(self.tag_type_ids, Unset):
            tag_type_ids = UNSET
        elif isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        tenant: dict[str, Any] | None | Unset
        if isinstance(self.tenant, Unset):
            tenant = UNSET
        elif isinstance(self.tenant, TenantSettingsV2BusinessUnitTenantResponse):
            tenant = self.tenant.to_dict()
        else:
            tenant = self.tenant

        trade: dict[str, Any] | None | Unset
        if isinstance(self.trade, Unset):
            trade = UNSET
        elif isinstance(self.trade, ServicesNamedModel):
            trade = self.trade.to_dict()
        else:
            trade = self.trade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
            }
        )
        if account_code is not UNSET:
            field_dict["accountCode"] = account_code
        if acknowledgement_paragraph is not UNSET:
            field_dict["acknowledgementParagraph"] = acknowledgement_paragraph
        if address is not UNSET:
            field_dict["address"] = address
        if authorization_paragraph is not UNSET:
            field_dict["authorizationParagraph"] = authorization_paragraph
        if certified_sentricon_specialist_code is not UNSET:
            field_dict["certifiedSentriconSpecialistCode"] = (
                certified_sentricon_specialist_code
            )
        if concept_code is not UNSET:
            field_dict["conceptCode"] = concept_code
        if corporate_contract_number is not UNSET:
            field_dict["corporateContractNumber"] = corporate_contract_number
        if currency is not UNSET:
            field_dict["currency"] = currency
        if default_tax_rate is not UNSET:
            field_dict["defaultTaxRate"] = default_tax_rate
        if division is not UNSET:
            field_dict["division"] = division
        if email is not UNSET:
            field_dict["email"] = email
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if franchise_id is not UNSET:
            field_dict["franchiseId"] = franchise_id
        if invoice_header is not UNSET:
            field_dict["invoiceHeader"] = invoice_header
        if invoice_message is not UNSET:
            field_dict["invoiceMessage"] = invoice_message
        if material_sku is not UNSET:
            field_dict["materialSku"] = material_sku
        if official_name is not UNSET:
            field_dict["officialName"] = official_name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if quickbooks_class is not UNSET:
            field_dict["quickbooksClass"] = quickbooks_class
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if trade is not UNSET:
            field_dict["trade"] = trade

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        account_code = d.pop("accountCode", UNSET)

        acknowledgement_paragraph = d.pop("acknowledgementParagraph", UNSET)

        address = d.pop("address", UNSET)
        if address is not None and not isinstance(address, Unset):
            if not isinstance(address, dict):
                raise TypeError()
            address_type_0 = (
                _models.TenantSettingsV2BusinessUnitAddressResponse.from_dict(address)
            )

            address = address_type_0

        authorization_paragraph = d.pop("authorizationParagraph", UNSET)

        certified_sentricon_specialist_code = d.pop(
            "certifiedSentriconSpecialistCode", UNSET
        )

        concept_code = d.pop("conceptCode", UNSET)

        corporate_contract_number = d.pop("corporateContractNumber", UNSET)

        currency = d.pop("currency", UNSET)

        default_tax_rate = d.pop("defaultTaxRate", UNSET)

        division = d.pop("division", UNSET)
        if division is not None and not isinstance(division, Unset):
            if not isinstance(division, dict):
                raise TypeError()
            division_type_0 = _models.ServicesNamedModel.from_dict(division)

            division = division_type_0

        email = d.pop("email", UNSET)

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, list):
                raise TypeError()
            external_data_type_0 = [
                _models.TenantSettingsV2ExternalDataModel.from_dict(
                    external_data_type_0_item_data
                )
                for external_data_type_0_item_data in external_data
            ]

            external_data = external_data_type_0

        franchise_id = d.pop("franchiseId", UNSET)

        invoice_header = d.pop("invoiceHeader", UNSET)

        invoice_message = d.pop("invoiceMessage", UNSET)

        material_sku = d.pop("materialSku", UNSET)

        official_name = d.pop("officialName", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        quickbooks_class = d.pop("quickbooksClass", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)
        if tag_type_ids is not None and not isinstance(tag_type_ids, Unset):
            if not isinstance(tag_type_ids, list):
                raise TypeError()
            tag_type_ids_type_0 = tag_type_ids

            tag_type_ids = tag_type_ids_type_0

        tenant = d.pop("tenant", UNSET)
        if tenant is not None and not isinstance(tenant, Unset):
            if not isinstance(tenant, dict):
                raise TypeError()
            tenant_type_0 = (
                _models.TenantSettingsV2BusinessUnitTenantResponse.from_dict(tenant)
            )

            tenant = tenant_type_0

        trade = d.pop("trade", UNSET)
        if trade is not None and not isinstance(trade, Unset):
            if not isinstance(trade, dict):
                raise TypeError()
            trade_type_0 = _models.ServicesNamedModel.from_dict(trade)

            trade = trade_type_0

        tenant_settings_v2_business_unit_response = cls(
            active,
            created_on,
            id,
            modified_on,
            name,
            account_code,
            acknowledgement_paragraph,
            address,
            authorization_paragraph,
            certified_sentricon_specialist_code,
            concept_code,
            corporate_contract_number,
            currency,
            default_tax_rate,
            division,
            email,
            external_data,
            franchise_id,
            invoice_header,
            invoice_message,
            material_sku,
            official_name,
            phone_number,
            quickbooks_class,
            tag_type_ids,
            tenant,
            trade,
        )

        tenant_settings_v2_business_unit_response.additional_properties = dict(d)
        return tenant_settings_v2_business_unit_response

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
