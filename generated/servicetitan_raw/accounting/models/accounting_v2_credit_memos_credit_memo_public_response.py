from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._dates import date_of as _date_of
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_address_response import AccountingV2AddressResponse
    from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
    from ..models.accounting_v2_credit_memos_credit_memo_applied_to_code_response import (
        AccountingV2CreditMemosCreditMemoAppliedToCodeResponse,
    )
    from ..models.accounting_v2_custom_field_response import (
        AccountingV2CustomFieldResponse,
    )
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )
    from ..models.accounting_v2_sales_tax_response import AccountingV2SalesTaxResponse


T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemoPublicResponse")


@_attrs_define
class AccountingV2CreditMemosCreditMemoPublicResponse:
    """
    Attributes:
        active (bool):
        balance (float):
        created_on (datetime.datetime):
        date (datetime.date):
        id (int):
        modified_on (datetime.datetime):
        sales_tax (float):
        sub_total (float):
        total (float):
        applied_to (list[AccountingV2CreditMemosCreditMemoAppliedToCodeResponse] | None | Unset):
        batch (AccountingV2BatchResponse | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        created_by (None | str | Unset):
        custom_fields (list[AccountingV2CustomFieldResponse] | None | Unset):
        customer (AccountingV2NamedFieldResponse | None | Unset):
        customer_address (AccountingV2AddressResponse | None | Unset):
        description (None | str | Unset):
        export_id (None | str | Unset):
        import_id (None | str | Unset):
        location (AccountingV2NamedFieldResponse | None | Unset):
        location_address (AccountingV2AddressResponse | None | Unset):
        modified_by (None | str | Unset):
        reference_number (None | str | Unset):
        sales_tax_code (AccountingV2SalesTaxResponse | None | Unset):
        sync_status (None | str | Unset):
    """

    active: bool
    balance: float
    created_on: datetime.datetime
    date: datetime.date
    id: int
    modified_on: datetime.datetime
    sales_tax: float
    sub_total: float
    total: float
    applied_to: (
        list[AccountingV2CreditMemosCreditMemoAppliedToCodeResponse] | None | Unset
    ) = UNSET
    batch: AccountingV2BatchResponse | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    custom_fields: list[AccountingV2CustomFieldResponse] | None | Unset = UNSET
    customer: AccountingV2NamedFieldResponse | None | Unset = UNSET
    customer_address: AccountingV2AddressResponse | None | Unset = UNSET
    description: None | str | Unset = UNSET
    export_id: None | str | Unset = UNSET
    import_id: None | str | Unset = UNSET
    location: AccountingV2NamedFieldResponse | None | Unset = UNSET
    location_address: AccountingV2AddressResponse | None | Unset = UNSET
    modified_by: None | str | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    sales_tax_code: AccountingV2SalesTaxResponse | None | Unset = UNSET
    sync_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "balance",
        "createdOn",
        "date",
        "id",
        "modifiedOn",
        "salesTax",
        "subTotal",
        "total",
        "appliedTo",
        "batch",
        "businessUnit",
        "createdBy",
        "customFields",
        "customer",
        "customerAddress",
        "description",
        "exportId",
        "importId",
        "location",
        "locationAddress",
        "modifiedBy",
        "referenceNumber",
        "salesTaxCode",
        "syncStatus",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_address_response import AccountingV2AddressResponse
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2_sales_tax_response import (
            AccountingV2SalesTaxResponse,
        )

        active = self.active

        balance = self.balance

        created_on = self.created_on.isoformat()

        date = self.date.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        sales_tax = self.sales_tax

        sub_total = self.sub_total

        total = self.total

        applied_to: list[dict[str, Any]] | None | Unset
        if isinstance(self.applied_to, Unset):
            applied_to = UNSET
        elif isinstance(self.applied_to, list):
            applied_to = []
            for applied_to_type_0_item_data in self.applied_to:
                applied_to_type_0_item = applied_to_type_0_item_data.to_dict()
                applied_to.append(applied_to_type_0_item)

        else:
            applied_to = self.applied_to

        batch: dict[str, Any] | None | Unset
        if isinstance(self.batch, Unset):
            batch = UNSET
        elif isinstance(self.batch, AccountingV2BatchResponse):
            batch = self.batch.to_dict()
        else:
            batch = self.batch

        business_unit: dict[str, Any] | None | Unset
        if isinstance(self.business_unit, Unset):
            business_unit = UNSET
        elif isinstance(self.business_unit, AccountingV2NamedFieldResponse):
            business_unit = self.business_unit.to_dict()
        else:
            business_unit = self.business_unit

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

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

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, AccountingV2NamedFieldResponse):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        customer_address: dict[str, Any] | None | Unset
        if isinstance(self.customer_address, Unset):
            customer_address = UNSET
        elif isinstance(self.customer_address, AccountingV2AddressResponse):
            customer_address = self.customer_address.to_dict()
        else:
            customer_address = self.customer_address

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        export_id: None | str | Unset
        if isinstance(self.export_id, Unset):
            export_id = UNSET
        else:
            export_id = self.export_id

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, AccountingV2NamedFieldResponse):
            location = self.location.to_dict()
        else:
            location = self.location

        location_address: dict[str, Any] | None | Unset
        if isinstance(self.location_address, Unset):
            location_address = UNSET
        elif isinstance(self.location_address, AccountingV2AddressResponse):
            location_address = self.location_address.to_dict()
        else:
            location_address = self.location_address

        modified_by: None | str | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
        else:
            modified_by = self.modified_by

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        sales_tax_code: dict[str, Any] | None | Unset
        if isinstance(self.sales_tax_code, Unset):
            sales_tax_code = UNSET
        elif isinstance(self.sales_tax_code, AccountingV2SalesTaxResponse):
            sales_tax_code = self.sales_tax_code.to_dict()
        else:
            sales_tax_code = self.sales_tax_code

        sync_status: None | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        else:
            sync_status = self.sync_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "balance": balance,
                "createdOn": created_on,
                "date": date,
                "id": id,
                "modifiedOn": modified_on,
                "salesTax": sales_tax,
                "subTotal": sub_total,
                "total": total,
            }
        )
        if applied_to is not UNSET:
            field_dict["appliedTo"] = applied_to
        if batch is not UNSET:
            field_dict["batch"] = batch
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_address is not UNSET:
            field_dict["customerAddress"] = customer_address
        if description is not UNSET:
            field_dict["description"] = description
        if export_id is not UNSET:
            field_dict["exportId"] = export_id
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if location is not UNSET:
            field_dict["location"] = location
        if location_address is not UNSET:
            field_dict["locationAddress"] = location_address
        if modified_by is not UNSET:
            field_dict["modifiedBy"] = modified_by
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if sales_tax_code is not UNSET:
            field_dict["salesTaxCode"] = sales_tax_code
        if sync_status is not UNSET:
            field_dict["syncStatus"] = sync_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        balance = d.pop("balance")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        date = _date_of(d.pop("date"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        sales_tax = d.pop("salesTax")

        sub_total = d.pop("subTotal")

        total = d.pop("total")

        applied_to = d.pop("appliedTo", UNSET)
        if applied_to is not None and not isinstance(applied_to, Unset):
            if not isinstance(applied_to, list):
                raise TypeError()
            applied_to_type_0 = [
                _models.AccountingV2CreditMemosCreditMemoAppliedToCodeResponse.from_dict(
                    applied_to_type_0_item_data
                )
                for applied_to_type_0_item_data in applied_to
            ]

            applied_to = applied_to_type_0

        batch = d.pop("batch", UNSET)
        if batch is not None and not isinstance(batch, Unset):
            if not isinstance(batch, dict):
                raise TypeError()
            batch_type_0 = _models.AccountingV2BatchResponse.from_dict(batch)

            batch = batch_type_0

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

        created_by = d.pop("createdBy", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.AccountingV2CustomFieldResponse.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        customer = d.pop("customer", UNSET)
        if customer is not None and not isinstance(customer, Unset):
            if not isinstance(customer, dict):
                raise TypeError()
            customer_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(customer)

            customer = customer_type_0

        customer_address = d.pop("customerAddress", UNSET)
        if customer_address is not None and not isinstance(customer_address, Unset):
            if not isinstance(customer_address, dict):
                raise TypeError()
            customer_address_type_0 = _models.AccountingV2AddressResponse.from_dict(
                customer_address
            )

            customer_address = customer_address_type_0

        description = d.pop("description", UNSET)

        export_id = d.pop("exportId", UNSET)

        import_id = d.pop("importId", UNSET)

        location = d.pop("location", UNSET)
        if location is not None and not isinstance(location, Unset):
            if not isinstance(location, dict):
                raise TypeError()
            location_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(location)

            location = location_type_0

        location_address = d.pop("locationAddress", UNSET)
        if location_address is not None and not isinstance(location_address, Unset):
            if not isinstance(location_address, dict):
                raise TypeError()
            location_address_type_0 = _models.AccountingV2AddressResponse.from_dict(
                location_address
            )

            location_address = location_address_type_0

        modified_by = d.pop("modifiedBy", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        sales_tax_code = d.pop("salesTaxCode", UNSET)
        if sales_tax_code is not None and not isinstance(sales_tax_code, Unset):
            if not isinstance(sales_tax_code, dict):
                raise TypeError()
            sales_tax_code_type_0 = _models.AccountingV2SalesTaxResponse.from_dict(
                sales_tax_code
            )

            sales_tax_code = sales_tax_code_type_0

        sync_status = d.pop("syncStatus", UNSET)

        accounting_v2_credit_memos_credit_memo_public_response = cls(
            active,
            balance,
            created_on,
            date,
            id,
            modified_on,
            sales_tax,
            sub_total,
            total,
            applied_to,
            batch,
            business_unit,
            created_by,
            custom_fields,
            customer,
            customer_address,
            description,
            export_id,
            import_id,
            location,
            location_address,
            modified_by,
            reference_number,
            sales_tax_code,
            sync_status,
        )

        accounting_v2_credit_memos_credit_memo_public_response.additional_properties = (
            dict(d)
        )
        return accounting_v2_credit_memos_credit_memo_public_response

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
