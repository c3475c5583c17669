from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_types_landed_cost_method import InventoryTypesLandedCostMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_address_response import AccountingV2AddressResponse
    from ..models.accounting_v2_ap_bill_expense_item_response import (
        AccountingV2ApBillExpenseItemResponse,
    )
    from ..models.accounting_v2_ap_bill_item_response import (
        AccountingV2ApBillItemResponse,
    )
    from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
    from ..models.accounting_v2_custom_field_response import (
        AccountingV2CustomFieldResponse,
    )
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )


T = TypeVar("T", bound="AccountingV2ApBillResponse")


@_attrs_define
class AccountingV2ApBillResponse:
    """
    Attributes:
        do_not_pay (bool):
        id (int):
        landed_cost_method (int | InventoryTypesLandedCostMethod):
        batch (AccountingV2BatchResponse | None | Unset):
        bill_amount (None | str | Unset):
        bill_date (datetime.datetime | None | Unset):
        bill_type (None | str | Unset):
        budget_code_id (int | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        canceled_by (AccountingV2NamedFieldResponse | None | Unset):
        created_by (None | str | Unset):
        created_on (datetime.datetime | None | Unset):
        custom_fields (list[AccountingV2CustomFieldResponse] | None | Unset):
        date_canceled (datetime.datetime | None | Unset):
        date_reconciled (datetime.datetime | None | Unset):
        due_date (datetime.datetime | None | Unset):
        early_discount_date (datetime.datetime | None | Unset):
        expense_items (list[AccountingV2ApBillExpenseItemResponse] | None | Unset):
        items (list[AccountingV2ApBillItemResponse] | None | Unset):
        job_id (int | None | Unset):
        job_number (None | str | Unset):
        modified_on (datetime.datetime | None | Unset):
        other_amount (None | str | Unset):
        post_date (datetime.datetime | None | Unset):
        post_tax_charge (None | str | Unset):
        post_tax_discount_amount (None | str | Unset):
        pre_tax_charge (None | str | Unset):
        pre_tax_discount_amount (None | str | Unset):
        purchase_order_id (int | None | Unset):
        reference_number (None | str | Unset):
        remittance_vendor_info (AccountingV2NamedFieldResponse | None | Unset):
        ship_to (AccountingV2AddressResponse | None | Unset):
        ship_to_description (None | str | Unset):
        shipping_amount (None | str | Unset):
        source (None | str | Unset):
        status (None | str | Unset):
        summary (None | str | Unset):
        sync_status (None | str | Unset):
        tax_amount (None | str | Unset):
        tax_zone (AccountingV2NamedFieldResponse | None | Unset):
        term_name (None | str | Unset):
        vendor (AccountingV2NamedFieldResponse | None | Unset):
        vendor_invoice_total (None | str | Unset):
        vendor_number (None | str | Unset):
    """

    do_not_pay: bool
    id: int
    landed_cost_method: int | InventoryTypesLandedCostMethod
    batch: AccountingV2BatchResponse | None | Unset = UNSET
    bill_amount: None | str | Unset = UNSET
    bill_date: datetime.datetime | None | Unset = UNSET
    bill_type: None | str | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    canceled_by: AccountingV2NamedFieldResponse | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    custom_fields: list[AccountingV2CustomFieldResponse] | None | Unset = UNSET
    date_canceled: datetime.datetime | None | Unset = UNSET
    date_reconciled: datetime.datetime | None | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    early_discount_date: datetime.datetime | None | Unset = UNSET
    expense_items: list[AccountingV2ApBillExpenseItemResponse] | None | Unset = UNSET
    items: list[AccountingV2ApBillItemResponse] | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    job_number: None | str | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    other_amount: None | str | Unset = UNSET
    post_date: datetime.datetime | None | Unset = UNSET
    post_tax_charge: None | str | Unset = UNSET
    post_tax_discount_amount: None | str | Unset = UNSET
    pre_tax_charge: None | str | Unset = UNSET
    pre_tax_discount_amount: None | str | Unset = UNSET
    purchase_order_id: int | None | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    remittance_vendor_info: AccountingV2NamedFieldResponse | None | Unset = UNSET
    ship_to: AccountingV2AddressResponse | None | Unset = UNSET
    ship_to_description: None | str | Unset = UNSET
    shipping_amount: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    sync_status: None | str | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    tax_zone: AccountingV2NamedFieldResponse | None | Unset = UNSET
    term_name: None | str | Unset = UNSET
    vendor: AccountingV2NamedFieldResponse | None | Unset = UNSET
    vendor_invoice_total: None | str | Unset = UNSET
    vendor_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_address_response import AccountingV2AddressResponse
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )

        do_not_pay = self.do_not_pay

        id = self.id

        landed_cost_method: int | str
        if isinstance(self.landed_cost_method, InventoryTypesLandedCostMethod):
            landed_cost_method = self.landed_cost_method.value
        else:
            landed_cost_method = self.landed_cost_method

        batch: dict[str, Any] | None | Unset
        if isinstance(self.batch, Unset):
            batch = UNSET
        elif isinstance(self.batch, AccountingV2BatchResponse):
            batch = self.batch.to_dict()
        else:
            batch = self.batch

        bill_amount: None | str | Unset
        if isinstance(self.bill_amount, Unset):
            bill_amount = UNSET
        else:
            bill_amount = self.bill_amount

        bill_date: None | str | Unset
        if isinstance(self.bill_date, Unset):
            bill_date = UNSET
        elif isinstance(self.bill_date, datetime.datetime):
            bill_date = self.bill_date.isoformat()
        else:
            bill_date = self.bill_date

        bill_type: None | str | Unset
        if isinstance(self.bill_type, Unset):
            bill_type = UNSET
        else:
            bill_type = self.bill_type

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

        canceled_by: dict[str, Any] | None | Unset
        if isinstance(self.canceled_by, Unset):
            canceled_by = UNSET
        elif isinstance(self.canceled_by, AccountingV2NamedFieldResponse):
            canceled_by = self.canceled_by.to_dict()
        else:
            canceled_by = self.canceled_by

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

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

        date_canceled: None | str | Unset
        if isinstance(self.date_canceled, Unset):
            date_canceled = UNSET
        elif isinstance(self.date_canceled, datetime.datetime):
            date_canceled = self.date_canceled.isoformat()
        else:
            date_canceled = self.date_canceled

        date_reconciled: None | str | Unset
        if isinstance(self.date_reconciled, Unset):
            date_reconciled = UNSET
        elif isinstance(self.date_reconciled, datetime.datetime):
            date_reconciled = self.date_reconciled.isoformat()
        else:
            date_reconciled = self.date_reconciled

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        early_discount_date: None | str | Unset
        if isinstance(self.early_discount_date, Unset):
            early_discount_date = UNSET
        elif isinstance(self.early_discount_date, datetime.datetime):
            early_discount_date = self.early_discount_date.isoformat()
        else:
            early_discount_date = self.early_discount_date

        expense_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.expense_items, Unset):
            expense_items = UNSET
        elif isinstance(self.expense_items, list):
            expense_items = []
            for expense_items_type_0_item_data in self.expense_items:
                expense_items_type_0_item = expense_items_type_0_item_data.to_dict()
                expense_items.append(expense_items_type_0_item)

        else:
            expense_items = self.expense_items

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

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_number: None | str | Unset
        if isinstance(self.job_number, Unset):
            job_number = UNSET
        else:
            job_number = self.job_number

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        elif isinstance(self.modified_on, datetime.datetime):
            modified_on = self.modified_on.isoformat()
        else:
            modified_on = self.modified_on

        other_amount: None | str | Unset
        if isinstance(self.other_amount, Unset):
            other_amount = UNSET
        else:
            other_amount = self.other_amount

        post_date: None | str | Unset
        if isinstance(self.post_date, Unset):
            post_date = UNSET
        elif isinstance(self.post_date, datetime.datetime):
            post_date = self.post_date.isoformat()
        else:
            post_date = self.post_date

        post_tax_charge: None | str | Unset
        if isinstance(self.post_tax_charge, Unset):
            post_tax_charge = UNSET
        else:
            post_tax_charge = self.post_tax_charge

        post_tax_discount_amount: None | str | Unset
        if isinstance(self.post_tax_discount_amount, Unset):
            post_tax_discount_amount = UNSET
        else:
            post_tax_discount_amount = self.post_tax_discount_amount

        pre_tax_charge: None | str | Unset
        if isinstance(self.pre_tax_charge, Unset):
            pre_tax_charge = UNSET
        else:
            pre_tax_charge = self.pre_tax_charge

        pre_tax_discount_amount: None | str | Unset
        if isinstance(self.pre_tax_discount_amount, Unset):
            pre_tax_discount_amount = UNSET
        else:
            pre_tax_discount_amount = self.pre_tax_discount_amount

        purchase_order_id: int | None | Unset
        if isinstance(self.purchase_order_id, Unset):
            purchase_order_id = UNSET
        else:
            purchase_order_id = self.purchase_order_id

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        remittance_vendor_info: dict[str, Any] | None | Unset
        if isinstance(self.remittance_vendor_info, Unset):
            remittance_vendor_info = UNSET
        elif isinstance(self.remittance_vendor_info, AccountingV2NamedFieldResponse):
            remittance_vendor_info = self.remittance_vendor_info.to_dict()
        else:
            remittance_vendor_info = self.remittance_vendor_info

        ship_to: dict[str, Any] | None | Unset
        if isinstance(self.ship_to, Unset):
            ship_to = UNSET
        elif isinstance(self.ship_to, AccountingV2AddressResponse):
            ship_to = self.ship_to.to_dict()
        else:
            ship_to = self.ship_to

        ship_to_description: None | str | Unset
        if isinstance(self.ship_to_description, Unset):
            ship_to_description = UNSET
        else:
            ship_to_description = self.ship_to_description

        shipping_amount: None | str | Unset
        if isinstance(self.shipping_amount, Unset):
            shipping_amount = UNSET
        else:
            shipping_amount = self.shipping_amount

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        tax_amount: None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        tax_zone: dict[str, Any] | None | Unset
        if isinstance(self.tax_zone, Unset):
            tax_zone = UNSET
        elif isinstance(self.tax_zone, AccountingV2NamedFieldResponse):
            tax_zone = self.tax_zone.to_dict()
        else:
            tax_zone = self.tax_zone

        term_name: None | str | Unset
        if isinstance(self.term_name, Unset):
            term_name = UNSET
        else:
            term_name = self.term_name

        vendor: dict[str, Any] | None | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        elif isinstance(self.vendor, AccountingV2NamedFieldResponse):
            vendor = self.vendor.to_dict()
        else:
            vendor = self.vendor

        vendor_invoice_total: None | str | Unset
        if isinstance(self.vendor_invoice_total, Unset):
            vendor_invoice_total = UNSET
        else:
            vendor_invoice_total = self.vendor_invoice_total

        vendor_number: None | str | Unset
        if isinstance(self.vendor_number, Unset):
            vendor_number = UNSET
        else:
            vendor_number = self.vendor_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "doNotPay": do_not_pay,
                "id": id,
                "landedCostMethod": landed_cost_method,
            }
        )
        if batch is not UNSET:
            field_dict["batch"] = batch
        if bill_amount is not UNSET:
            field_dict["billAmount"] = bill_amount
        if bill_date is not UNSET:
            field_dict["billDate"] = bill_date
        if bill_type is not UNSET:
            field_dict["billType"] = bill_type
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if canceled_by is not UNSET:
            field_dict["canceledBy"] = canceled_by
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if date_canceled is not UNSET:
            field_dict["dateCanceled"] = date_canceled
        if date_reconciled is not UNSET:
            field_dict["dateReconciled"] = date_reconciled
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if early_discount_date is not UNSET:
            field_dict["earlyDiscountDate"] = early_discount_date
        if expense_items is not UNSET:
            field_dict["expenseItems"] = expense_items
        if items is not UNSET:
            field_dict["items"] = items
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_number is not UNSET:
            field_dict["jobNumber"] = job_number
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if other_amount is not UNSET:
            field_dict["otherAmount"] = other_amount
        if post_date is not UNSET:
            field_dict["postDate"] = post_date
        if post_tax_charge is not UNSET:
            field_dict["postTaxCharge"] = post_tax_charge
        if post_tax_discount_amount is not UNSET:
            field_dict["postTaxDiscountAmount"] = post_tax_discount_amount
        if pre_tax_charge is not UNSET:
            field_dict["preTaxCharge"] = pre_tax_charge
        if pre_tax_discount_amount is not UNSET:
            field_dict["preTaxDiscountAmount"] = pre_tax_discount_amount
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if remittance_vendor_info is not UNSET:
            field_dict["remittanceVendorInfo"] = remittance_vendor_info
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if ship_to_description is not UNSET:
            field_dict["shipToDescription"] = ship_to_description
        if shipping_amount is not UNSET:
            field_dict["shippingAmount"] = shipping_amount
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary
        if sync_status is not UNSET:
            field_dict["syncStatus"] = sync_status
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if tax_zone is not UNSET:
            field_dict["taxZone"] = tax_zone
        if term_name is not UNSET:
            field_dict["termName"] = term_name
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if vendor_invoice_total is not UNSET:
            field_dict["vendorInvoiceTotal"] = vendor_invoice_total
        if vendor_number is not UNSET:
            field_dict["vendorNumber"] = vendor_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.accounting_v2_address_response import AccountingV2AddressResponse
        from ..models.accounting_v2_ap_bill_expense_item_response import (
            AccountingV2ApBillExpenseItemResponse,
        )
        from ..models.accounting_v2_ap_bill_item_response import (
            AccountingV2ApBillItemResponse,
        )
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_custom_field_response import (
            AccountingV2CustomFieldResponse,
        )
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )

        d = dict(src_dict)
        do_not_pay = d.pop("doNotPay")

        id = d.pop("id")

        def _parse_landed_cost_method(
            data: object,
        ) -> int | InventoryTypesLandedCostMethod:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                landed_cost_method_type_0 = InventoryTypesLandedCostMethod(data)

                return landed_cost_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | InventoryTypesLandedCostMethod, data)

        landed_cost_method = _parse_landed_cost_method(d.pop("landedCostMethod"))

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

        def _parse_bill_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bill_amount = _parse_bill_amount(d.pop("billAmount", UNSET))

        def _parse_bill_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bill_date_type_0 = datetime.datetime.fromisoformat(data)

                return bill_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        bill_date = _parse_bill_date(d.pop("billDate", UNSET))

        def _parse_bill_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bill_type = _parse_bill_type(d.pop("billType", UNSET))

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

        def _parse_canceled_by(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                canceled_by_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return canceled_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        canceled_by = _parse_canceled_by(d.pop("canceledBy", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = datetime.datetime.fromisoformat(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_on = _parse_created_on(d.pop("createdOn", UNSET))

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

        def _parse_date_canceled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_canceled_type_0 = datetime.datetime.fromisoformat(data)

                return date_canceled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_canceled = _parse_date_canceled(d.pop("dateCanceled", UNSET))

        def _parse_date_reconciled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_reconciled_type_0 = datetime.datetime.fromisoformat(data)

                return date_reconciled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_reconciled = _parse_date_reconciled(d.pop("dateReconciled", UNSET))

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

        def _parse_early_discount_date(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                early_discount_date_type_0 = datetime.datetime.fromisoformat(data)

                return early_discount_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        early_discount_date = _parse_early_discount_date(
            d.pop("earlyDiscountDate", UNSET)
        )

        def _parse_expense_items(
            data: object,
        ) -> list[AccountingV2ApBillExpenseItemResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                expense_items_type_0 = []
                _expense_items_type_0 = data
                for expense_items_type_0_item_data in _expense_items_type_0:
                    expense_items_type_0_item = (
                        AccountingV2ApBillExpenseItemResponse.from_dict(
                            expense_items_type_0_item_data
                        )
                    )

                    expense_items_type_0.append(expense_items_type_0_item)

                return expense_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AccountingV2ApBillExpenseItemResponse] | None | Unset, data
            )

        expense_items = _parse_expense_items(d.pop("expenseItems", UNSET))

        def _parse_items(
            data: object,
        ) -> list[AccountingV2ApBillItemResponse] | None | Unset:
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
                    items_type_0_item = AccountingV2ApBillItemResponse.from_dict(
                        items_type_0_item_data
                    )

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountingV2ApBillItemResponse] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        def _parse_job_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_number = _parse_job_number(d.pop("jobNumber", UNSET))

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

        def _parse_other_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other_amount = _parse_other_amount(d.pop("otherAmount", UNSET))

        def _parse_post_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                post_date_type_0 = datetime.datetime.fromisoformat(data)

                return post_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        post_date = _parse_post_date(d.pop("postDate", UNSET))

        def _parse_post_tax_charge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_tax_charge = _parse_post_tax_charge(d.pop("postTaxCharge", UNSET))

        def _parse_post_tax_discount_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_tax_discount_amount = _parse_post_tax_discount_amount(
            d.pop("postTaxDiscountAmount", UNSET)
        )

        def _parse_pre_tax_charge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pre_tax_charge = _parse_pre_tax_charge(d.pop("preTaxCharge", UNSET))

        def _parse_pre_tax_discount_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pre_tax_discount_amount = _parse_pre_tax_discount_amount(
            d.pop("preTaxDiscountAmount", UNSET)
        )

        def _parse_purchase_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        purchase_order_id = _parse_purchase_order_id(d.pop("purchaseOrderId", UNSET))

        def _parse_reference_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_number = _parse_reference_number(d.pop("referenceNumber", UNSET))

        def _parse_remittance_vendor_info(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                remittance_vendor_info_type_0 = (
                    AccountingV2NamedFieldResponse.from_dict(data)
                )

                return remittance_vendor_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        remittance_vendor_info = _parse_remittance_vendor_info(
            d.pop("remittanceVendorInfo", UNSET)
        )

        def _parse_ship_to(data: object) -> AccountingV2AddressResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ship_to_type_0 = AccountingV2AddressResponse.from_dict(data)

                return ship_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2AddressResponse | None | Unset, data)

        ship_to = _parse_ship_to(d.pop("shipTo", UNSET))

        def _parse_ship_to_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ship_to_description = _parse_ship_to_description(
            d.pop("shipToDescription", UNSET)
        )

        def _parse_shipping_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_amount = _parse_shipping_amount(d.pop("shippingAmount", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_tax_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("taxAmount", UNSET))

        def _parse_tax_zone(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_zone_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return tax_zone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        tax_zone = _parse_tax_zone(d.pop("taxZone", UNSET))

        def _parse_term_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        term_name = _parse_term_name(d.pop("termName", UNSET))

        def _parse_vendor(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vendor_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return vendor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        vendor = _parse_vendor(d.pop("vendor", UNSET))

        def _parse_vendor_invoice_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_invoice_total = _parse_vendor_invoice_total(
            d.pop("vendorInvoiceTotal", UNSET)
        )

        def _parse_vendor_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_number = _parse_vendor_number(d.pop("vendorNumber", UNSET))

        accounting_v2_ap_bill_response = cls(
            do_not_pay=do_not_pay,
            id=id,
            landed_cost_method=landed_cost_method,
            batch=batch,
            bill_amount=bill_amount,
            bill_date=bill_date,
            bill_type=bill_type,
            budget_code_id=budget_code_id,
            business_unit=business_unit,
            canceled_by=canceled_by,
            created_by=created_by,
            created_on=created_on,
            custom_fields=custom_fields,
            date_canceled=date_canceled,
            date_reconciled=date_reconciled,
            due_date=due_date,
            early_discount_date=early_discount_date,
            expense_items=expense_items,
            items=items,
            job_id=job_id,
            job_number=job_number,
            modified_on=modified_on,
            other_amount=other_amount,
            post_date=post_date,
            post_tax_charge=post_tax_charge,
            post_tax_discount_amount=post_tax_discount_amount,
            pre_tax_charge=pre_tax_charge,
            pre_tax_discount_amount=pre_tax_discount_amount,
            purchase_order_id=purchase_order_id,
            reference_number=reference_number,
            remittance_vendor_info=remittance_vendor_info,
            ship_to=ship_to,
            ship_to_description=ship_to_description,
            shipping_amount=shipping_amount,
            source=source,
            status=status,
            summary=summary,
            sync_status=sync_status,
            tax_amount=tax_amount,
            tax_zone=tax_zone,
            term_name=term_name,
            vendor=vendor,
            vendor_invoice_total=vendor_invoice_total,
            vendor_number=vendor_number,
        )

        accounting_v2_ap_bill_response.additional_properties = d
        return accounting_v2_ap_bill_response

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
