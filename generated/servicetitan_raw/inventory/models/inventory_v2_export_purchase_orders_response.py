from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_address_response import InventoryV2AddressResponse
    from ..models.inventory_v2_custom_field_response import (
        InventoryV2CustomFieldResponse,
    )
    from ..models.inventory_v2_purchase_order_item_response import (
        InventoryV2PurchaseOrderItemResponse,
    )


T = TypeVar("T", bound="InventoryV2ExportPurchaseOrdersResponse")


@_attrs_define
class InventoryV2ExportPurchaseOrdersResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        custom_fields (list[InventoryV2CustomFieldResponse]):
        date (datetime.datetime):
        id (int):
        items (list[InventoryV2PurchaseOrderItemResponse]):
        modified_on (datetime.datetime):
        number (str):
        ship_to (InventoryV2AddressResponse):
        shipping (float):
        status (str):
        summary (str):
        tax (float):
        total (float):
        type_id (int):
        vendor_document_number (str):
        vendor_id (int):
        batch_id (int | None | Unset):
        budget_code_id (int | None | Unset):
        business_unit_id (int | None | Unset):
        created_by_id (int | None | Unset):
        inventory_location_id (int | None | Unset):
        invoice_id (int | None | Unset):
        job_id (int | None | Unset):
        project_id (int | None | Unset):
        received_on (datetime.datetime | None | Unset):
        required_on (datetime.datetime | None | Unset):
        sent_on (datetime.datetime | None | Unset):
        technician_id (int | None | Unset):
    """

    created_on: datetime.datetime
    custom_fields: list[InventoryV2CustomFieldResponse]
    date: datetime.datetime
    id: int
    items: list[InventoryV2PurchaseOrderItemResponse]
    modified_on: datetime.datetime
    number: str
    ship_to: InventoryV2AddressResponse
    shipping: float
    status: str
    summary: str
    tax: float
    total: float
    type_id: int
    vendor_document_number: str
    vendor_id: int
    batch_id: int | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    inventory_location_id: int | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    received_on: datetime.datetime | None | Unset = UNSET
    required_on: datetime.datetime | None | Unset = UNSET
    sent_on: datetime.datetime | None | Unset = UNSET
    technician_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "customFields",
        "date",
        "id",
        "items",
        "modifiedOn",
        "number",
        "shipTo",
        "shipping",
        "status",
        "summary",
        "tax",
        "total",
        "typeId",
        "vendorDocumentNumber",
        "vendorId",
        "batchId",
        "budgetCodeId",
        "businessUnitId",
        "createdById",
        "inventoryLocationId",
        "invoiceId",
        "jobId",
        "projectId",
        "receivedOn",
        "requiredOn",
        "sentOn",
        "technicianId",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        date = self.date.isoformat()

        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        modified_on = self.modified_on.isoformat()

        number = self.number

        ship_to = self.ship_to.to_dict()

        shipping = self.shipping

        status = self.status

        summary = self.summary

        tax = self.tax

        total = self.total

        type_id = self.type_id

        vendor_document_number = self.vendor_document_number

        vendor_id = self.vendor_id

        batch_id: int | None | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        inventory_location_id: int | None | Unset
        if isinstance(self.inventory_location_id, Unset):
            inventory_location_id = UNSET
        else:
            inventory_location_id = self.inventory_location_id

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        received_on: None | str | Unset
        if isinstance(self.received_on, Unset):
            received_on = UNSET
        elif isinstance(self.received_on, datetime.datetime):
            received_on = self.received_on.isoformat()
        else:
            received_on = self.received_on

        required_on: None | str | Unset
        if isinstance(self.required_on, Unset):
            required_on = UNSET
        elif isinstance(self.required_on, datetime.datetime):
            required_on = self.required_on.isoformat()
        else:
            required_on = self.required_on

        sent_on: None | str | Unset
        if isinstance(self.sent_on, Unset):
            sent_on = UNSET
        elif isinstance(self.sent_on, datetime.datetime):
            sent_on = self.sent_on.isoformat()
        else:
            sent_on = self.sent_on

        technician_id: int | None | Unset
        if isinstance(self.technician_id, Unset):
            technician_id = UNSET
        else:
            technician_id = self.technician_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "customFields": custom_fields,
                "date": date,
                "id": id,
                "items": items,
                "modifiedOn": modified_on,
                "number": number,
                "shipTo": ship_to,
                "shipping": shipping,
                "status": status,
                "summary": summary,
                "tax": tax,
                "total": total,
                "typeId": type_id,
                "vendorDocumentNumber": vendor_document_number,
                "vendorId": vendor_id,
            }
        )
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if inventory_location_id is not UNSET:
            field_dict["inventoryLocationId"] = inventory_location_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if received_on is not UNSET:
            field_dict["receivedOn"] = received_on
        if required_on is not UNSET:
            field_dict["requiredOn"] = required_on
        if sent_on is not UNSET:
            field_dict["sentOn"] = sent_on
        if technician_id is not UNSET:
            field_dict["technicianId"] = technician_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.InventoryV2CustomFieldResponse.from_dict(custom_fields_item_data)
            for custom_fields_item_data in d.pop("customFields")
        ]

        date = datetime.datetime.fromisoformat(d.pop("date"))

        id = d.pop("id")

        items = [
            _models.InventoryV2PurchaseOrderItemResponse.from_dict(items_item_data)
            for items_item_data in d.pop("items")
        ]

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        number = d.pop("number")

        ship_to = _models.InventoryV2AddressResponse.from_dict(d.pop("shipTo"))

        shipping = d.pop("shipping")

        status = d.pop("status")

        summary = d.pop("summary")

        tax = d.pop("tax")

        total = d.pop("total")

        type_id = d.pop("typeId")

        vendor_document_number = d.pop("vendorDocumentNumber")

        vendor_id = d.pop("vendorId")

        batch_id = d.pop("batchId", UNSET)

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        created_by_id = d.pop("createdById", UNSET)

        inventory_location_id = d.pop("inventoryLocationId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        job_id = d.pop("jobId", UNSET)

        project_id = d.pop("projectId", UNSET)

        received_on = d.pop("receivedOn", UNSET)
        if received_on is not None and not isinstance(received_on, Unset):
            if not isinstance(received_on, str):
                raise TypeError()
            received_on_type_0 = datetime.datetime.fromisoformat(received_on)

            received_on = received_on_type_0

        required_on = d.pop("requiredOn", UNSET)
        if required_on is not None and not isinstance(required_on, Unset):
            if not isinstance(required_on, str):
                raise TypeError()
            required_on_type_0 = datetime.datetime.fromisoformat(required_on)

            required_on = required_on_type_0

        sent_on = d.pop("sentOn", UNSET)
        if sent_on is not None and not isinstance(sent_on, Unset):
            if not isinstance(sent_on, str):
                raise TypeError()
            sent_on_type_0 = datetime.datetime.fromisoformat(sent_on)

            sent_on = sent_on_type_0

        technician_id = d.pop("technicianId", UNSET)

        inventory_v2_export_purchase_orders_response = cls(
            created_on,
            custom_fields,
            date,
            id,
            items,
            modified_on,
            number,
            ship_to,
            shipping,
            status,
            summary,
            tax,
            total,
            type_id,
            vendor_document_number,
            vendor_id,
            batch_id,
            budget_code_id,
            business_unit_id,
            created_by_id,
            inventory_location_id,
            invoice_id,
            job_id,
            project_id,
            received_on,
            required_on,
            sent_on,
            technician_id,
        )

        inventory_v2_export_purchase_orders_response.additional_properties = dict(d)
        return inventory_v2_export_purchase_orders_response

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
