from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.accounting_v2_invoice_configuration import (
    AccountingV2InvoiceConfiguration,
)
from ..models.accounting_v2_invoice_review_status import AccountingV2InvoiceReviewStatus
from ..models.accounting_v2_invoice_sent_status import AccountingV2InvoiceSentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_address_response import AccountingV2AddressResponse
    from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
    from ..models.accounting_v2_custom_field_response import (
        AccountingV2CustomFieldResponse,
    )
    from ..models.accounting_v2_employee_info_response import (
        AccountingV2EmployeeInfoResponse,
    )
    from ..models.accounting_v2_invoice_item_response import (
        AccountingV2InvoiceItemResponse,
    )
    from ..models.accounting_v2_job_response import AccountingV2JobResponse
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )
    from ..models.accounting_v2_royalty_response import AccountingV2RoyaltyResponse
    from ..models.accounting_v2_sales_tax_response import AccountingV2SalesTaxResponse


T = TypeVar("T", bound="AccountingV2InvoiceResponse")


@_attrs_define
class AccountingV2InvoiceResponse:
    """
    Attributes:
        id (int):
        active (bool | Unset):
        adjustment_to_id (int | None | Unset):
        assigned_to (AccountingV2NamedFieldResponse | None | Unset):
        balance (None | str | Unset):
        batch (AccountingV2BatchResponse | None | Unset):
        budget_code_id (int | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        commission_eligibility_date (None | str | Unset):
        created_by (None | str | Unset):
        created_on (datetime.datetime | Unset):
        custom_fields (list[AccountingV2CustomFieldResponse] | None | Unset):
        customer (AccountingV2NamedFieldResponse | None | Unset):
        customer_address (AccountingV2AddressResponse | None | Unset):
        deposited_on (datetime.datetime | None | Unset):
        discount_total (None | str | Unset):
        due_date (datetime.datetime | None | Unset):
        employee_info (AccountingV2EmployeeInfoResponse | None | Unset):
        export_id (None | str | Unset):
        import_id (None | str | Unset):
        invoice_configuration (AccountingV2InvoiceConfiguration | Unset):
        invoice_date (datetime.datetime | None | Unset):
        invoice_type (AccountingV2NamedFieldResponse | None | Unset):
        items (list[AccountingV2InvoiceItemResponse] | None | Unset):
        job (AccountingV2JobResponse | None | Unset):
        location (AccountingV2NamedFieldResponse | None | Unset):
        location_address (AccountingV2AddressResponse | None | Unset):
        material_sku_id (int | None | Unset):
        membership_id (int | None | Unset):
        modified_on (datetime.datetime | None | Unset):
        paid_on (datetime.datetime | None | Unset):
        project_id (int | None | Unset):
        reference_number (None | str | Unset):
        review_status (AccountingV2InvoiceReviewStatus | Unset):
        royalty (AccountingV2RoyaltyResponse | None | Unset):
        sales_tax (None | str | Unset):
        sales_tax_code (AccountingV2SalesTaxResponse | None | Unset):
        sent_status (AccountingV2InvoiceSentStatus | Unset):
        sub_total (None | str | Unset):
        summary (None | str | Unset):
        sync_status (None | str | Unset):
        tax_zone_id (int | None | Unset):
        term_name (None | str | Unset):
        total (None | str | Unset):
    """

    id: int
    active: bool | Unset = UNSET
    adjustment_to_id: int | None | Unset = UNSET
    assigned_to: AccountingV2NamedFieldResponse | None | Unset = UNSET
    balance: None | str | Unset = UNSET
    batch: AccountingV2BatchResponse | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    commission_eligibility_date: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    custom_fields: list[AccountingV2CustomFieldResponse] | None | Unset = UNSET
    customer: AccountingV2NamedFieldResponse | None | Unset = UNSET
    customer_address: AccountingV2AddressResponse | None | Unset = UNSET
    deposited_on: datetime.datetime | None | Unset = UNSET
    discount_total: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    employee_info: AccountingV2EmployeeInfoResponse | None | Unset = UNSET
    export_id: None | str | Unset = UNSET
    import_id: None | str | Unset = UNSET
    invoice_configuration: AccountingV2InvoiceConfiguration | Unset = UNSET
    invoice_date: datetime.datetime | None | Unset = UNSET
    invoice_type: AccountingV2NamedFieldResponse | None | Unset = UNSET
    items: list[AccountingV2InvoiceItemResponse] | None | Unset = UNSET
    job: AccountingV2JobResponse | None | Unset = UNSET
    location: AccountingV2NamedFieldResponse | None | Unset = UNSET
    location_address: AccountingV2AddressResponse | None | Unset = UNSET
    material_sku_id: int | None | Unset = UNSET
    membership_id: int | None | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    paid_on: datetime.datetime | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    review_status: AccountingV2InvoiceReviewStatus | Unset = UNSET
    royalty: AccountingV2RoyaltyResponse | None | Unset = UNSET
    sales_tax: None | str | Unset = UNSET
    sales_tax_code: AccountingV2SalesTaxResponse | None | Unset = UNSET
    sent_status: AccountingV2InvoiceSentStatus | Unset = UNSET
    sub_total: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    sync_status: None | str | Unset = UNSET
    tax_zone_id: int | None | Unset = UNSET
    term_name: None | str | Unset = UNSET
    total: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "active",
        "adjustmentToId",
        "assignedTo",
        "balance",
        "batch",
        "budgetCodeId",
        "businessUnit",
        "commissionEligibilityDate",
        "createdBy",
        "createdOn",
        "customFields",
        "customer",
        "customerAddress",
        "depositedOn",
        "discountTotal",
        "dueDate",
        "employeeInfo",
        "exportId",
        "importId",
        "invoiceConfiguration",
        "invoiceDate",
        "invoiceType",
        "items",
        "job",
        "location",
        "locationAddress",
        "materialSkuId",
        "membershipId",
        "modifiedOn",
        "paidOn",
        "projectId",
        "referenceNumber",
        "reviewStatus",
        "royalty",
        "salesTax",
        "salesTaxCode",
        "sentStatus",
        "subTotal",
        "summary",
        "syncStatus",
        "taxZoneId",
        "termName",
        "total",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_address_response import AccountingV2AddressResponse
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_employee_info_response import (
            AccountingV2EmployeeInfoResponse,
        )
        from ..models.accounting_v2_job_response import AccountingV2JobResponse
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2_royalty_response import AccountingV2RoyaltyResponse
        from ..models.accounting_v2_sales_tax_response import (
            AccountingV2SalesTaxResponse,
        )

        id = self.id

        active = self.active

        adjustment_to_id: int | None | Unset
        if isinstance(self.adjustment_to_id, Unset):
            adjustment_to_id = UNSET
        else:
            adjustment_to_id = self.adjustment_to_id

        assigned_to: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, AccountingV2NamedFieldResponse):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to

        balance: None | str | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        batch: dict[str, Any] | None | Unset
        if isinstance(self.batch, Unset):
            batch = UNSET
        elif isinstance(self.batch, AccountingV2BatchResponse):
            batch = self.batch.to_dict()
        else:
            batch = self.batch

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        business_unit: dict[str, Any] | None | Unset
        if isinstance(self.business_unit, Unset):
            business_unit = UNSET
        elif isinstance(self.business_unit, AccountingV2NamedFieldResponse):
            business_unit = self.business_unit.to_dict()
        else:
            business_unit = self.business_unit

        commission_eligibility_date: None | str | Unset
        if isinstance(self.commission_eligibility_date, Unset):
            commission_eligibility_date = UNSET
        else:
            commission_eligibility_date = self.commission_eligibility_date

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

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

        deposited_on: None | str | Unset
        if isinstance(self.deposited_on, Unset):
            deposited_on = UNSET
        elif isinstance(self.deposited_on, datetime.datetime):
            deposited_on = self.deposited_on.isoformat()
        else:
            deposited_on = self.deposited_on

        discount_total: None | str | Unset
        if isinstance(self.discount_total, Unset):
            discount_total = UNSET
        else:
            discount_total = self.discount_total

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        employee_info: dict[str, Any] | None | Unset
        if isinstance(self.employee_info, Unset):
            employee_info = UNSET
        elif isinstance(self.employee_info, AccountingV2EmployeeInfoResponse):
            employee_info = self.employee_info.to_dict()
        else:
            employee_info = self.employee_info

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

        invoice_configuration: str | Unset = UNSET
        if not isinstance(self.invoice_configuration, Unset):
            invoice_configuration = self.invoice_configuration.value

        invoice_date: None | str | Unset
        if isinstance(self.invoice_date, Unset):
            invoice_date = UNSET
        elif isinstance(self.invoice_date, datetime.datetime):
            invoice_date = self.invoice_date.isoformat()
        else:
            invoice_date = self.invoice_date

        invoice_type: dict[str, Any] | None | Unset
        if isinstance(self.invoice_type, Unset):
            invoice_type = UNSET
        elif isinstance(self.invoice_type, AccountingV2NamedFieldResponse):
            invoice_type = self.invoice_type.to_dict()
        else:
            invoice_type = self.invoice_type

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        job: dict[str, Any] | None | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, AccountingV2JobResponse):
            job = self.job.to_dict()
        else:
            job = self.job

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

        material_sku_id: int | None | Unset
        if isinstance(self.material_sku_id, Unset):
            material_sku_id = UNSET
        else:
            material_sku_id = self.material_sku_id

        membership_id: int | None | Unset
        if isinstance(self.membership_id, Unset):
            membership_id = UNSET
        else:
            membership_id = self.membership_id

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        elif isinstance(self.modified_on, datetime.datetime):
            modified_on = self.modified_on.isoformat()
        else:
            modified_on = self.modified_on

        paid_on: None | str | Unset
        if isinstance(self.paid_on, Unset):
            paid_on = UNSET
        elif isinstance(self.paid_on, datetime.datetime):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        review_status: str | Unset = UNSET
        if not isinstance(self.review_status, Unset):
            review_status = self.review_status.value

        royalty: dict[str, Any] | None | Unset
        if isinstance(self.royalty, Unset):
            royalty = UNSET
        elif isinstance(self.royalty, AccountingV2RoyaltyResponse):
            royalty = self.royalty.to_dict()
        else:
            royalty = self.royalty

        sales_tax: None | str | Unset
        if isinstance(self.sales_tax, Unset):
            sales_tax = UNSET
        else:
            sales_tax = self.sales_tax

        sales_tax_code: dict[str, Any] | None | Unset
        if isinstance(self.sales_tax_code, Unset):
            sales_tax_code = UNSET
        elif isinstance(self.sales_tax_code, AccountingV2SalesTaxResponse):
            sales_tax_code = self.sales_tax_code.to_dict()
        else:
            sales_tax_code = self.sales_tax_code

        sent_status: str | Unset = UNSET
        if not isinstance(self.sent_status, Unset):
            sent_status = self.sent_status.value

        sub_total: None | str | Unset
        if isinstance(self.sub_total, Unset):
            sub_total = UNSET
        else:
            sub_total = self.sub_total

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        sync_status: None | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        else:
            sync_status = self.sync_status

        tax_zone_id: int | None | Unset
        if isinstance(self.tax_zone_id, Unset):
            tax_zone_id = UNSET
        else:
            tax_zone_id = self.tax_zone_id

        term_name: None | str | Unset
        if isinstance(self.term_name, Unset):
            term_name = UNSET
        else:
            term_name = self.term_name

        total: None | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if adjustment_to_id is not UNSET:
            field_dict["adjustmentToId"] = adjustment_to_id
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if balance is not UNSET:
            field_dict["balance"] = balance
        if batch is not UNSET:
            field_dict["batch"] = batch
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if commission_eligibility_date is not UNSET:
            field_dict["commissionEligibilityDate"] = commission_eligibility_date
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_address is not UNSET:
            field_dict["customerAddress"] = customer_address
        if deposited_on is not UNSET:
            field_dict["depositedOn"] = deposited_on
        if discount_total is not UNSET:
            field_dict["discountTotal"] = discount_total
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if employee_info is not UNSET:
            field_dict["employeeInfo"] = employee_info
        if export_id is not UNSET:
            field_dict["exportId"] = export_id
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if invoice_configuration is not UNSET:
            field_dict["invoiceConfiguration"] = invoice_configuration
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if invoice_type is not UNSET:
            field_dict["invoiceType"] = invoice_type
        if items is not UNSET:
            field_dict["items"] = items
        if job is not UNSET:
            field_dict["job"] = job
        if location is not UNSET:
            field_dict["location"] = location
        if location_address is not UNSET:
            field_dict["locationAddress"] = location_address
        if material_sku_id is not UNSET:
            field_dict["materialSkuId"] = material_sku_id
        if membership_id is not UNSET:
            field_dict["membershipId"] = membership_id
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if paid_on is not UNSET:
            field_dict["paidOn"] = paid_on
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if review_status is not UNSET:
            field_dict["reviewStatus"] = review_status
        if royalty is not UNSET:
            field_dict["royalty"] = royalty
        if sales_tax is not UNSET:
            field_dict["salesTax"] = sales_tax
        if sales_tax_code is not UNSET:
            field_dict["salesTaxCode"] = sales_tax_code
        if sent_status is not UNSET:
            field_dict["sentStatus"] = sent_status
        if sub_total is not UNSET:
            field_dict["subTotal"] = sub_total
        if summary is not UNSET:
            field_dict["summary"] = summary
        if sync_status is not UNSET:
            field_dict["syncStatus"] = sync_status
        if tax_zone_id is not UNSET:
            field_dict["taxZoneId"] = tax_zone_id
        if term_name is not UNSET:
            field_dict["termName"] = term_name
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        active = d.pop("active", UNSET)

        adjustment_to_id = d.pop("adjustmentToId", UNSET)

        assigned_to = d.pop("assignedTo", UNSET)
        if assigned_to is not None and not isinstance(assigned_to, Unset):
            if not isinstance(assigned_to, dict):
                raise TypeError()
            assigned_to_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                assigned_to
            )

            assigned_to = assigned_to_type_0

        balance = d.pop("balance", UNSET)

        batch = d.pop("batch", UNSET)
        if batch is not None and not isinstance(batch, Unset):
            if not isinstance(batch, dict):
                raise TypeError()
            batch_type_0 = _models.AccountingV2BatchResponse.from_dict(batch)

            batch = batch_type_0

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

        commission_eligibility_date = d.pop("commissionEligibilityDate", UNSET)

        created_by = d.pop("createdBy", UNSET)

        created_on = d.pop("createdOn", UNSET)
        if not isinstance(created_on, Unset):
            created_on = datetime.datetime.fromisoformat(created_on)

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

        deposited_on = d.pop("depositedOn", UNSET)
        if deposited_on is not None and not isinstance(deposited_on, Unset):
            if not isinstance(deposited_on, str):
                raise TypeError()
            deposited_on_type_0 = datetime.datetime.fromisoformat(deposited_on)

            deposited_on = deposited_on_type_0

        discount_total = d.pop("discountTotal", UNSET)

        due_date = d.pop("dueDate", UNSET)
        if due_date is not None and not isinstance(due_date, Unset):
            if not isinstance(due_date, str):
                raise TypeError()
            due_date_type_0 = datetime.datetime.fromisoformat(due_date)

            due_date = due_date_type_0

        employee_info = d.pop("employeeInfo", UNSET)
        if employee_info is not None and not isinstance(employee_info, Unset):
            if not isinstance(employee_info, dict):
                raise TypeError()
            employee_info_type_0 = _models.AccountingV2EmployeeInfoResponse.from_dict(
                employee_info
            )

            employee_info = employee_info_type_0

        export_id = d.pop("exportId", UNSET)

        import_id = d.pop("importId", UNSET)

        invoice_configuration = d.pop("invoiceConfiguration", UNSET)
        if not isinstance(invoice_configuration, Unset):
            invoice_configuration = AccountingV2InvoiceConfiguration(
                invoice_configuration
            )

        invoice_date = d.pop("invoiceDate", UNSET)
        if invoice_date is not None and not isinstance(invoice_date, Unset):
            if not isinstance(invoice_date, str):
                raise TypeError()
            invoice_date_type_0 = datetime.datetime.fromisoformat(invoice_date)

            invoice_date = invoice_date_type_0

        invoice_type = d.pop("invoiceType", UNSET)
        if invoice_type is not None and not isinstance(invoice_type, Unset):
            if not isinstance(invoice_type, dict):
                raise TypeError()
            invoice_type_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                invoice_type
            )

            invoice_type = invoice_type_type_0

        items = d.pop("items", UNSET)
        if items is not None and not isinstance(items, Unset):
            if not isinstance(items, list):
                raise TypeError()
            items_type_0 = [
                _models.AccountingV2InvoiceItemResponse.from_dict(
                    items_type_0_item_data
                )
                for items_type_0_item_data in items
            ]

            items = items_type_0

        job = d.pop("job", UNSET)
        if job is not None and not isinstance(job, Unset):
            if not isinstance(job, dict):
                raise TypeError()
            job_type_0 = _models.AccountingV2JobResponse.from_dict(job)

            job = job_type_0

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

        material_sku_id = d.pop("materialSkuId", UNSET)

        membership_id = d.pop("membershipId", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)
        if modified_on is not None and not isinstance(modified_on, Unset):
            if not isinstance(modified_on, str):
                raise TypeError()
            modified_on_type_0 = datetime.datetime.fromisoformat(modified_on)

            modified_on = modified_on_type_0

        paid_on = d.pop("paidOn", UNSET)
        if paid_on is not None and not isinstance(paid_on, Unset):
            if not isinstance(paid_on, str):
                raise TypeError()
            paid_on_type_0 = datetime.datetime.fromisoformat(paid_on)

            paid_on = paid_on_type_0

        project_id = d.pop("projectId", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        review_status = d.pop("reviewStatus", UNSET)
        if not isinstance(review_status, Unset):
            review_status = AccountingV2InvoiceReviewStatus(review_status)

        royalty = d.pop("royalty", UNSET)
        if royalty is not None and not isinstance(royalty, Unset):
            if not isinstance(royalty, dict):
                raise TypeError()
            royalty_type_0 = _models.AccountingV2RoyaltyResponse.from_dict(royalty)

            royalty = royalty_type_0

        sales_tax = d.pop("salesTax", UNSET)

        sales_tax_code = d.pop("salesTaxCode", UNSET)
        if sales_tax_code is not None and not isinstance(sales_tax_code, Unset):
            if not isinstance(sales_tax_code, dict):
                raise TypeError()
            sales_tax_code_type_0 = _models.AccountingV2SalesTaxResponse.from_dict(
                sales_tax_code
            )

            sales_tax_code = sales_tax_code_type_0

        sent_status = d.pop("sentStatus", UNSET)
        if not isinstance(sent_status, Unset):
            sent_status = AccountingV2InvoiceSentStatus(sent_status)

        sub_total = d.pop("subTotal", UNSET)

        summary = d.pop("summary", UNSET)

        sync_status = d.pop("syncStatus", UNSET)

        tax_zone_id = d.pop("taxZoneId", UNSET)

        term_name = d.pop("termName", UNSET)

        total = d.pop("total", UNSET)

        accounting_v2_invoice_response = cls(
            id,
            active,
            adjustment_to_id,
            assigned_to,
            balance,
            batch,
            budget_code_id,
            business_unit,
            commission_eligibility_date,
            created_by,
            created_on,
            custom_fields,
            customer,
            customer_address,
            deposited_on,
            discount_total,
            due_date,
            employee_info,
            export_id,
            import_id,
            invoice_configuration,
            invoice_date,
            invoice_type,
            items,
            job,
            location,
            location_address,
            material_sku_id,
            membership_id,
            modified_on,
            paid_on,
            project_id,
            reference_number,
            review_status,
            royalty,
            sales_tax,
            sales_tax_code,
            sent_status,
            sub_total,
            summary,
            sync_status,
            tax_zone_id,
            term_name,
            total,
        )

        accounting_v2_invoice_response.additional_properties = dict(d)
        return accounting_v2_invoice_response

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
