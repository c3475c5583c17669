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


T = TypeVar("T", bound="InventoryV2PurchaseOrderRequestResponse")


@_attrs_define
class InventoryV2PurchaseOrderRequestResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        date (datetime.datetime):
        id (int):
        items (list[InventoryV2PurchaseOrderItemResponse]):
        modified_on (datetime.datetime):
        request_number (str):
        request_status (str):
        shipping (float):
        tax (float):
        total (float):
        type_id (int):
        vendor_id (int):
        batch_id (int | None | Unset):
        business_unit_id (int | None | Unset):
        custom_fields (list[InventoryV2CustomFieldResponse] | None | Unset):
        inventory_location_id (int | None | Unset):
        invoice_id (int | None | Unset):
        job_id (int | None | Unset):
        project_id (int | None | Unset):
        required_on (datetime.datetime | None | Unset):
        ship_to (InventoryV2AddressResponse | None | Unset):
        summary (None | str | Unset):
        technician_id (int | None | Unset):
        vendor_document_number (None | str | Unset):
    """

    created_on: datetime.datetime
    date: datetime.datetime
    id: int
    items: list[InventoryV2PurchaseOrderItemResponse]
    modified_on: datetime.datetime
    request_number: str
    request_status: str
    shipping: float
    tax: float
    total: float
    type_id: int
    vendor_id: int
    batch_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    custom_fields: list[InventoryV2CustomFieldResponse] | None | Unset = UNSET
    inventory_location_id: int | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    required_on: datetime.datetime | None | Unset = UNSET
    ship_to: InventoryV2AddressResponse | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    technician_id: int | None | Unset = UNSET
    vendor_document_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "date",
        "id",
        "items",
        "modifiedOn",
        "requestNumber",
        "requestStatus",
        "shipping",
        "tax",
        "total",
        "typeId",
        "vendorId",
        "batchId",
        "businessUnitId",
        "customFields",
        "inventoryLocationId",
        "invoiceId",
        "jobId",
        "projectId",
        "requiredOn",
        "shipTo",
        "summary",
        "technicianId",
        "vendorDocumentNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_v2_address_response import InventoryV2AddressResponse

        created_on = self.created_on.isoformat()

        date = self.date.isoformat()

        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        modified_on = self.modified_on.isoformat()

        request_number = self.request_number

        request_status = self.request_status

        shipping = self.shipping

        tax = self.tax

        total = self.total

        type_id = self.type_id

        vendor_id = self.vendor_id

        batch_id: int | None | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

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

        required_on: None | str | Unset
        if isinstance(self.required_on, Unset):
            required_on = UNSET
        elif isinstance(self.required_on, datetime.datetime):
            required_on = self.required_on.isoformat()
        else:
            required_on = self.required_on

        ship_to: dict[str, Any] | None | Unset
        if isinstance(self.ship_to, Unset):
            ship_to = UNSET
        elif isinstance(self.ship_to, InventoryV2AddressResponse):
            ship_to = self.ship_to.to_dict()
        else:
            ship_to = self.ship_to

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        technician_id: int | None | Unset
        if isinstance(self.technician_id, Unset):
            technician_id = UNSET
        else:
            technician_id = self.technician_id

        vendor_document_number: None | str | Unset
        if isinstance(self.vendor_document_number, Unset):
            vendor_document_number = UNSET
        else:
            vendor_document_number = self.vendor_document_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "date": date,
                "id": id,
                "items": items,
                "modifiedOn": modified_on,
                "requestNumber": request_number,
                "requestStatus": request_status,
                "shipping": shipping,
                "tax": tax,
                "total": total,
                "typeId": type_id,
                "vendorId": vendor_id,
            }
        )
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if inventory_location_id is not UNSET:
            field_dict["inventoryLocationId"] = inventory_location_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if required_on is not UNSET:
            field_dict["requiredOn"] = required_on
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if summary is not UNSET:
            field_dict["summary"] = summary
        if technician_id is not UNSET:
            field_dict["technicianId"] = technician_id
        if vendor_document_number is not UNSET:
            field_dict["vendorDocumentNumber"] = vendor_document_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        date = datetime.datetime.fromisoformat(d.pop("date"))

        id = d.pop("id")

        items = [
            _models.InventoryV2PurchaseOrderItemResponse.from_dict(items_item_data)
            for items_item_data in d.pop("items")
        ]

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        request_number = d.pop("requestNumber")

        request_status = d.pop("requestStatus")

        shipping = d.pop("shipping")

        tax = d.pop("tax")

        total = d.pop("total")

        type_id = d.pop("typeId")

        vendor_id = d.pop("vendorId")

        batch_id = d.pop("batchId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.InventoryV2CustomFieldResponse.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        inventory_location_id = d.pop("inventoryLocationId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        job_id = d.pop("jobId", UNSET)

        project_id = d.pop("projectId", UNSET)

        required_on = d.pop("requiredOn", UNSET)
        if required_on is not None and not isinstance(required_on, Unset):
            if not isinstance(required_on, str):
                raise TypeError()
            required_on_type_0 = datetime.datetime.fromisoformat(required_on)

            required_on = required_on_type_0

        ship_to = d.pop("shipTo", UNSET)
        if ship_to is not None and not isinstance(ship_to, Unset):
            if not isinstance(ship_to, dict):
                raise TypeError()
            ship_to_type_0 = _models.InventoryV2AddressResponse.from_dict(ship_to)

            ship_to = ship_to_type_0

        summary = d.pop("summary", UNSET)

        technician_id = d.pop("technicianId", UNSET)

        vendor_document_number = d.pop("vendorDocumentNumber", UNSET)

        inventory_v2_purchase_order_request_response = cls(
            created_on,
            date,
            id,
            items,
            modified_on,
            request_number,
            request_status,
            shipping,
            tax,
            total,
            type_id,
            vendor_id,
            batch_id,
            business_unit_id,
            custom_fields,
            inventory_location_id,
            invoice_id,
            job_id,
            project_id,
            required_on,
            ship_to,
            summary,
            technician_id,
            vendor_document_number,
        )

        inventory_v2_purchase_order_request_response.additional_properties = dict(d)
        return inventory_v2_purchase_order_request_response

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
