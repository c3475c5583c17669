from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="AccountingV2ExportInvoiceResponse")


@_attrs_define
class AccountingV2ExportInvoiceResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        invoice_configuration (AccountingV2InvoiceConfiguration):
        review_status (AccountingV2InvoiceReviewStatus):
        sent_status (AccountingV2InvoiceSentStatus):
        adjustment_to_id (int | None | Unset):
        assigned_to (AccountingV2NamedFieldResponse | None | Unset):
        balance (None | str | Unset):
        batch (AccountingV2BatchResponse | None | Unset):
        budget_code_id (int | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        commission_eligibility_date (None | str | Unset):
        created_by (None | str | Unset):
        custom_fields (list[AccountingV2CustomFieldResponse] | None | Unset):
        customer (AccountingV2NamedFieldResponse | None | Unset):
        customer_address (AccountingV2AddressResponse | None | Unset):
        deposited_on (datetime.datetime | None | Unset):
        discount_total (None | str | Unset):
        due_date (datetime.datetime | None | Unset):
        employee_info (AccountingV2EmployeeInfoResponse | None | Unset):
        export_id (None | str | Unset):
        import_id (None | str | Unset):
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
        royalty (AccountingV2RoyaltyResponse | None | Unset):
        sales_tax (None | str | Unset):
        sales_tax_code (AccountingV2SalesTaxResponse | None | Unset):
        sub_total (None | str | Unset):
        summary (None | str | Unset):
        sync_status (None | str | Unset):
        tax_zone_id (int | None | Unset):
        term_name (None | str | Unset):
        total (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    invoice_configuration: AccountingV2InvoiceConfiguration
    review_status: AccountingV2InvoiceReviewStatus
    sent_status: AccountingV2InvoiceSentStatus
    adjustment_to_id: int | None | Unset = UNSET
    assigned_to: AccountingV2NamedFieldResponse | None | Unset = UNSET
    balance: None | str | Unset = UNSET
    batch: AccountingV2BatchResponse | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    commission_eligibility_date: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    custom_fields: list[AccountingV2CustomFieldResponse] | None | Unset = UNSET
    customer: AccountingV2NamedFieldResponse | None | Unset = UNSET
    customer_address: AccountingV2AddressResponse | None | Unset = UNSET
    deposited_on: datetime.datetime | None | Unset = UNSET
    discount_total: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    employee_info: AccountingV2EmployeeInfoResponse | None | Unset = UNSET
    export_id: None | str | Unset = UNSET
    import_id: None | str | Unset = UNSET
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
    royalty: AccountingV2RoyaltyResponse | None | Unset = UNSET
    sales_tax: None | str | Unset = UNSET
    sales_tax_code: AccountingV2SalesTaxResponse | None | Unset = UNSET
    sub_total: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    sync_status: None | str | Unset = UNSET
    tax_zone_id: int | None | Unset = UNSET
    term_name: None | str | Unset = UNSET
    total: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        invoice_configuration = self.invoice_configuration.value

        review_status = self.review_status.value

        sent_status = self.sent_status.value

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
                "active": active,
                "createdOn": created_on,
                "id": id,
                "invoiceConfiguration": invoice_configuration,
                "reviewStatus": review_status,
                "sentStatus": sent_status,
            }
        )
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
        if royalty is not UNSET:
            field_dict["royalty"] = royalty
        if sales_tax is not UNSET:
            field_dict["salesTax"] = sales_tax
        if sales_tax_code is not UNSET:
            field_dict["salesTaxCode"] = sales_tax_code
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
        from ..models.accounting_v2_sales_tax_response import (
            AccountingV2SalesTaxResponse,
        )

        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        invoice_configuration = AccountingV2InvoiceConfiguration(
            d.pop("invoiceConfiguration")
        )

        review_status = AccountingV2InvoiceReviewStatus(d.pop("reviewStatus"))

        sent_status = AccountingV2InvoiceSentStatus(d.pop("sentStatus"))

        def _parse_adjustment_to_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        adjustment_to_id = _parse_adjustment_to_id(d.pop("adjustmentToId", UNSET))

        def _parse_assigned_to(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_to_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("assignedTo", UNSET))

        def _parse_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_batch(data: object) -> AccountingV2BatchResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                batch_type_0 = AccountingV2BatchResponse.from_dict(data)

                return batch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2BatchResponse | None | Unset, data)

        batch = _parse_batch(d.pop("batch", UNSET))

        def _parse_budget_code_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        budget_code_id = _parse_budget_code_id(d.pop("budgetCodeId", UNSET))

        def _parse_business_unit(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_unit_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return business_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        business_unit = _parse_business_unit(d.pop("businessUnit", UNSET))

        def _parse_commission_eligibility_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commission_eligibility_date = _parse_commission_eligibility_date(
            d.pop("commissionEligibilityDate", UNSET)
        )

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> list[AccountingV2CustomFieldResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = (
                        AccountingV2CustomFieldResponse.from_dict(
                            custom_fields_type_0_item_data
                        )
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountingV2CustomFieldResponse] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_customer(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_customer_address(
            data: object,
        ) -> AccountingV2AddressResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_address_type_0 = AccountingV2AddressResponse.from_dict(data)

                return customer_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2AddressResponse | None | Unset, data)

        customer_address = _parse_customer_address(d.pop("customerAddress", UNSET))

        def _parse_deposited_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deposited_on_type_0 = datetime.datetime.fromisoformat(data)

                return deposited_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deposited_on = _parse_deposited_on(d.pop("depositedOn", UNSET))

        def _parse_discount_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discount_total = _parse_discount_total(d.pop("discountTotal", UNSET))

        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_date = _parse_due_date(d.pop("dueDate", UNSET))

        def _parse_employee_info(
            data: object,
        ) -> AccountingV2EmployeeInfoResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                employee_info_type_0 = AccountingV2EmployeeInfoResponse.from_dict(data)

                return employee_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2EmployeeInfoResponse | None | Unset, data)

        employee_info = _parse_employee_info(d.pop("employeeInfo", UNSET))

        def _parse_export_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        export_id = _parse_export_id(d.pop("exportId", UNSET))

        def _parse_import_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        import_id = _parse_import_id(d.pop("importId", UNSET))

        def _parse_invoice_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invoice_date_type_0 = datetime.datetime.fromisoformat(data)

                return invoice_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        invoice_date = _parse_invoice_date(d.pop("invoiceDate", UNSET))

        def _parse_invoice_type(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_type_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return invoice_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        invoice_type = _parse_invoice_type(d.pop("invoiceType", UNSET))

        def _parse_items(
            data: object,
        ) -> list[AccountingV2InvoiceItemResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = AccountingV2InvoiceItemResponse.from_dict(
                        items_type_0_item_data
                    )

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountingV2InvoiceItemResponse] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_job(data: object) -> AccountingV2JobResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = AccountingV2JobResponse.from_dict(data)

                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2JobResponse | None | Unset, data)

        job = _parse_job(d.pop("job", UNSET))

        def _parse_location(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_location_address(
            data: object,
        ) -> AccountingV2AddressResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_address_type_0 = AccountingV2AddressResponse.from_dict(data)

                return location_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2AddressResponse | None | Unset, data)

        location_address = _parse_location_address(d.pop("locationAddress", UNSET))

        def _parse_material_sku_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        material_sku_id = _parse_material_sku_id(d.pop("materialSkuId", UNSET))

        def _parse_membership_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        membership_id = _parse_membership_id(d.pop("membershipId", UNSET))

        def _parse_modified_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_on_type_0 = datetime.datetime.fromisoformat(data)

                return modified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_on = _parse_modified_on(d.pop("modifiedOn", UNSET))

        def _parse_paid_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.datetime.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        paid_on = _parse_paid_on(d.pop("paidOn", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("projectId", UNSET))

        def _parse_reference_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_number = _parse_reference_number(d.pop("referenceNumber", UNSET))

        def _parse_royalty(data: object) -> AccountingV2RoyaltyResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                royalty_type_0 = AccountingV2RoyaltyResponse.from_dict(data)

                return royalty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2RoyaltyResponse | None | Unset, data)

        royalty = _parse_royalty(d.pop("royalty", UNSET))

        def _parse_sales_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_tax = _parse_sales_tax(d.pop("salesTax", UNSET))

        def _parse_sales_tax_code(
            data: object,
        ) -> AccountingV2SalesTaxResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sales_tax_code_type_0 = AccountingV2SalesTaxResponse.from_dict(data)

                return sales_tax_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2SalesTaxResponse | None | Unset, data)

        sales_tax_code = _parse_sales_tax_code(d.pop("salesTaxCode", UNSET))

        def _parse_sub_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_total = _parse_sub_total(d.pop("subTotal", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_sync_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sync_status = _parse_sync_status(d.pop("syncStatus", UNSET))

        def _parse_tax_zone_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_zone_id = _parse_tax_zone_id(d.pop("taxZoneId", UNSET))

        def _parse_term_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        term_name = _parse_term_name(d.pop("termName", UNSET))

        def _parse_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        accounting_v2_export_invoice_response = cls(
            active=active,
            created_on=created_on,
            id=id,
            invoice_configuration=invoice_configuration,
            review_status=review_status,
            sent_status=sent_status,
            adjustment_to_id=adjustment_to_id,
            assigned_to=assigned_to,
            balance=balance,
            batch=batch,
            budget_code_id=budget_code_id,
            business_unit=business_unit,
            commission_eligibility_date=commission_eligibility_date,
            created_by=created_by,
            custom_fields=custom_fields,
            customer=customer,
            customer_address=customer_address,
            deposited_on=deposited_on,
            discount_total=discount_total,
            due_date=due_date,
            employee_info=employee_info,
            export_id=export_id,
            import_id=import_id,
            invoice_date=invoice_date,
            invoice_type=invoice_type,
            items=items,
            job=job,
            location=location,
            location_address=location_address,
            material_sku_id=material_sku_id,
            membership_id=membership_id,
            modified_on=modified_on,
            paid_on=paid_on,
            project_id=project_id,
            reference_number=reference_number,
            royalty=royalty,
            sales_tax=sales_tax,
            sales_tax_code=sales_tax_code,
            sub_total=sub_total,
            summary=summary,
            sync_status=sync_status,
            tax_zone_id=tax_zone_id,
            term_name=term_name,
            total=total,
        )

        accounting_v2_export_invoice_response.additional_properties = d
        return accounting_v2_export_invoice_response

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
