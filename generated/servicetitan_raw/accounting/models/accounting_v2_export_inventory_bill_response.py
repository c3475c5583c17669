from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_types_landed_cost_method import InventoryTypesLandedCostMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_address_response import AccountingV2AddressResponse
    from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
    from ..models.accounting_v2_custom_field_response import (
        AccountingV2CustomFieldResponse,
    )
    from ..models.accounting_v2_inventory_bill_item_response import (
        AccountingV2InventoryBillItemResponse,
    )
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )


T = TypeVar("T", bound="AccountingV2ExportInventoryBillResponse")


@_attrs_define
class AccountingV2ExportInventoryBillResponse:
    """
    Attributes:
        active (bool):
        id (int):
        landed_cost_method (int | InventoryTypesLandedCostMethod):
        batch (AccountingV2BatchResponse | None | Unset):
        bill_amount (None | str | Unset):
        bill_date (datetime.datetime | None | Unset):
        budget_code_id (int | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        created_by (None | str | Unset):
        created_on (datetime.datetime | None | Unset):
        custom_fields (list[AccountingV2CustomFieldResponse] | None | Unset):
        date_reconciled (datetime.datetime | None | Unset):
        due_date (datetime.datetime | None | Unset):
        items (list[AccountingV2InventoryBillItemResponse] | None | Unset):
        job_id (int | None | Unset):
        job_number (None | str | Unset):
        modified_on (datetime.datetime | None | Unset):
        other_amount (None | str | Unset):
        post_date (datetime.datetime | None | Unset):
        purchase_order_id (int | None | Unset):
        reference_number (None | str | Unset):
        ship_to (AccountingV2AddressResponse | None | Unset):
        ship_to_description (None | str | Unset):
        shipping_amount (None | str | Unset):
        summary (None | str | Unset):
        sync_status (None | str | Unset):
        tax_amount (None | str | Unset):
        tax_zone (AccountingV2NamedFieldResponse | None | Unset):
        term_name (None | str | Unset):
        vendor (AccountingV2NamedFieldResponse | None | Unset):
        vendor_number (None | str | Unset):
    """

    active: bool
    id: int
    landed_cost_method: int | InventoryTypesLandedCostMethod
    batch: AccountingV2BatchResponse | None | Unset = UNSET
    bill_amount: None | str | Unset = UNSET
    bill_date: datetime.datetime | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    custom_fields: list[AccountingV2CustomFieldResponse] | None | Unset = UNSET
    date_reconciled: datetime.datetime | None | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    items: list[AccountingV2InventoryBillItemResponse] | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    job_number: None | str | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    other_amount: None | str | Unset = UNSET
    post_date: datetime.datetime | None | Unset = UNSET
    purchase_order_id: int | None | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    ship_to: AccountingV2AddressResponse | None | Unset = UNSET
    ship_to_description: None | str | Unset = UNSET
    shipping_amount: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    sync_status: None | str | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    tax_zone: AccountingV2NamedFieldResponse | None | Unset = UNSET
    term_name: None | str | Unset = UNSET
    vendor: AccountingV2NamedFieldResponse | None | Unset = UNSET
    vendor_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "id",
        "landedCostMethod",
        "batch",
        "billAmount",
        "billDate",
        "budgetCodeId",
        "businessUnit",
        "createdBy",
        "createdOn",
        "customFields",
        "dateReconciled",
        "dueDate",
        "items",
        "jobId",
        "jobNumber",
        "modifiedOn",
        "otherAmount",
        "postDate",
        "purchaseOrderId",
        "referenceNumber",
        "shipTo",
        "shipToDescription",
        "shippingAmount",
        "summary",
        "syncStatus",
        "taxAmount",
        "taxZone",
        "termName",
        "vendor",
        "vendorNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_address_response import AccountingV2AddressResponse
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )

        active = self.active

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

        vendor_number: None | str | Unset
        if isinstance(self.vendor_number, Unset):
            vendor_number = UNSET
        else:
            vendor_number = self.vendor_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
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
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if date_reconciled is not UNSET:
            field_dict["dateReconciled"] = date_reconciled
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
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
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if ship_to_description is not UNSET:
            field_dict["shipToDescription"] = ship_to_description
        if shipping_amount is not UNSET:
            field_dict["shippingAmount"] = shipping_amount
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
        if vendor_number is not UNSET:
            field_dict["vendorNumber"] = vendor_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        id = d.pop("id")

        landed_cost_method = d.pop("landedCostMethod")
        try:
            if not isinstance(landed_cost_method, str):
                raise TypeError()
            landed_cost_method_type_0 = InventoryTypesLandedCostMethod(
                landed_cost_method
            )

            landed_cost_method = landed_cost_method_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass

        batch = d.pop("batch", UNSET)
        if batch is not None and not isinstance(batch, Unset):
            if not isinstance(batch, dict):
                raise TypeError()
            batch_type_0 = _models.AccountingV2BatchResponse.from_dict(batch)

            batch = batch_type_0

        bill_amount = d.pop("billAmount", UNSET)

        bill_date = d.pop("billDate", UNSET)
        if bill_date is not None and not isinstance(bill_date, Unset):
            if not isinstance(bill_date, str):
                raise TypeError()
            bill_date_type_0 = datetime.datetime.fromisoformat(bill_date)

            bill_date = bill_date_type_0

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

        created_by = d.pop("createdBy", UNSET)

        created_on = d.pop("createdOn", UNSET)
        if created_on is not None and not isinstance(created_on, Unset):
            if not isinstance(created_on, str):
                raise TypeError()
            created_on_type_0 = datetime.datetime.fromisoformat(created_on)

            created_on = created_on_type_0

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

        date_reconciled = d.pop("dateReconciled", UNSET)
        if date_reconciled is not None and not isinstance(date_reconciled, Unset):
            if not isinstance(date_reconciled, str):
                raise TypeError()
            date_reconciled_type_0 = datetime.datetime.fromisoformat(date_reconciled)

            date_reconciled = date_reconciled_type_0

        due_date = d.pop("dueDate", UNSET)
        if due_date is not None and not isinstance(due_date, Unset):
            if not isinstance(due_date, str):
                raise TypeError()
            due_date_type_0 = datetime.datetime.fromisoformat(due_date)

            due_date = due_date_type_0

        items = d.pop("items", UNSET)
        if items is not None and not isinstance(items, Unset):
            if not isinstance(items, list):
                raise TypeError()
            items_type_0 = [
                _models.AccountingV2InventoryBillItemResponse.from_dict(
                    items_type_0_item_data
                )
                for items_type_0_item_data in items
            ]

            items = items_type_0

        job_id = d.pop("jobId", UNSET)

        job_number = d.pop("jobNumber", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)
        if modified_on is not None and not isinstance(modified_on, Unset):
            if not isinstance(modified_on, str):
                raise TypeError()
            modified_on_type_0 = datetime.datetime.fromisoformat(modified_on)

            modified_on = modified_on_type_0

        other_amount = d.pop("otherAmount", UNSET)

        post_date = d.pop("postDate", UNSET)
        if post_date is not None and not isinstance(post_date, Unset):
            if not isinstance(post_date, str):
                raise TypeError()
            post_date_type_0 = datetime.datetime.fromisoformat(post_date)

            post_date = post_date_type_0

        purchase_order_id = d.pop("purchaseOrderId", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        ship_to = d.pop("shipTo", UNSET)
        if ship_to is not None and not isinstance(ship_to, Unset):
            if not isinstance(ship_to, dict):
                raise TypeError()
            ship_to_type_0 = _models.AccountingV2AddressResponse.from_dict(ship_to)

            ship_to = ship_to_type_0

        ship_to_description = d.pop("shipToDescription", UNSET)

        shipping_amount = d.pop("shippingAmount", UNSET)

        summary = d.pop("summary", UNSET)

        sync_status = d.pop("syncStatus", UNSET)

        tax_amount = d.pop("taxAmount", UNSET)

        tax_zone = d.pop("taxZone", UNSET)
        if tax_zone is not None and not isinstance(tax_zone, Unset):
            if not isinstance(tax_zone, dict):
                raise TypeError()
            tax_zone_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(tax_zone)

            tax_zone = tax_zone_type_0

        term_name = d.pop("termName", UNSET)

        vendor = d.pop("vendor", UNSET)
        if vendor is not None and not isinstance(vendor, Unset):
            if not isinstance(vendor, dict):
                raise TypeError()
            vendor_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(vendor)

            vendor = vendor_type_0

        vendor_number = d.pop("vendorNumber", UNSET)

        accounting_v2_export_inventory_bill_response = cls(
            active,
            id,
            landed_cost_method,
            batch,
            bill_amount,
            bill_date,
            budget_code_id,
            business_unit,
            created_by,
            created_on,
            custom_fields,
            date_reconciled,
            due_date,
            items,
            job_id,
            job_number,
            modified_on,
            other_amount,
            post_date,
            purchase_order_id,
            reference_number,
            ship_to,
            ship_to_description,
            shipping_amount,
            summary,
            sync_status,
            tax_amount,
            tax_zone,
            term_name,
            vendor,
            vendor_number,
        )

        accounting_v2_export_inventory_bill_response.additional_properties = dict(d)
        return accounting_v2_export_inventory_bill_response

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
