from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_v2_landed_cost_method import InventoryV2LandedCostMethod
from ..models.inventory_v2_sync_status import InventoryV2SyncStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_address_response import InventoryV2AddressResponse
    from ..models.inventory_v2_custom_field_response import (
        InventoryV2CustomFieldResponse,
    )
    from ..models.inventory_v2_inventory_receipt_item_response import (
        InventoryV2InventoryReceiptItemResponse,
    )


T = TypeVar("T", bound="InventoryV2InventoryReceiptResponse")


@_attrs_define
class InventoryV2InventoryReceiptResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        custom_fields (list[InventoryV2CustomFieldResponse]):
        id (int):
        inventory_location_id (int):
        items (list[InventoryV2InventoryReceiptItemResponse]):
        landed_cost_method (int | InventoryV2LandedCostMethod):
        memo (str):
        modified_on (datetime.datetime):
        number (str):
        purchase_order_id (int):
        receipt_amount (float):
        ship_to_description (str):
        shipping_amount (float):
        sync_status (InventoryV2SyncStatus):
        tax_amount (float):
        vendor_id (int):
        vendor_invoice_number (str):
        batch_id (int | None | Unset):
        bill_id (int | None | Unset):
        budget_code_id (int | None | Unset):
        business_unit_id (int | None | Unset):
        created_by_id (int | None | Unset):
        job_id (int | None | Unset):
        other_amount (float | None | Unset):
        received_on (datetime.datetime | None | Unset):
        ship_to (InventoryV2AddressResponse | None | Unset):
        technician_id (int | None | Unset):
    """

    active: bool
    created_on: datetime.datetime
    custom_fields: list[InventoryV2CustomFieldResponse]
    id: int
    inventory_location_id: int
    items: list[InventoryV2InventoryReceiptItemResponse]
    landed_cost_method: int | InventoryV2LandedCostMethod
    memo: str
    modified_on: datetime.datetime
    number: str
    purchase_order_id: int
    receipt_amount: float
    ship_to_description: str
    shipping_amount: float
    sync_status: InventoryV2SyncStatus
    tax_amount: float
    vendor_id: int
    vendor_invoice_number: str
    batch_id: int | None | Unset = UNSET
    bill_id: int | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    other_amount: float | None | Unset = UNSET
    received_on: datetime.datetime | None | Unset = UNSET
    ship_to: InventoryV2AddressResponse | None | Unset = UNSET
    technician_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "customFields",
        "id",
        "inventoryLocationId",
        "items",
        "landedCostMethod",
        "memo",
        "modifiedOn",
        "number",
        "purchaseOrderId",
        "receiptAmount",
        "shipToDescription",
        "shippingAmount",
        "syncStatus",
        "taxAmount",
        "vendorId",
        "vendorInvoiceNumber",
        "batchId",
        "billId",
        "budgetCodeId",
        "businessUnitId",
        "createdById",
        "jobId",
        "otherAmount",
        "receivedOn",
        "shipTo",
        "technicianId",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_v2_address_response import InventoryV2AddressResponse

        active = self.active

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        id = self.id

        inventory_location_id = self.inventory_location_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        landed_cost_method: int | str
        if isinstance(self.landed_cost_method, InventoryV2LandedCostMethod):
            landed_cost_method = self.landed_cost_method.value
        else:
            landed_cost_method = self.landed_cost_method

        memo = self.memo

        modified_on = self.modified_on.isoformat()

        number = self.number

        purchase_order_id = self.purchase_order_id

        receipt_amount = self.receipt_amount

        ship_to_description = self.ship_to_description

        shipping_amount = self.shipping_amount

        sync_status = self.sync_status.value

        tax_amount = self.tax_amount

        vendor_id = self.vendor_id

        vendor_invoice_number = self.vendor_invoice_number

        batch_id: int | None | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        bill_id: int | None | Unset
        if isinstance(self.bill_id, Unset):
            bill_id = UNSET
        else:
            bill_id = self.bill_id

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

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        other_amount: float | None | Unset
        if isinstance(self.other_amount, Unset):
            other_amount = UNSET
        else:
            other_amount = self.other_amount

        received_on: None | str | Unset
        if isinstance(self.received_on, Unset):
            received_on = UNSET
        elif isinstance(self.received_on, datetime.datetime):
            received_on = self.received_on.isoformat()
        else:
            received_on = self.received_on

        ship_to: dict[str, Any] | None | Unset
        if isinstance(self.ship_to, Unset):
            ship_to = UNSET
        elif isinstance(self.ship_to, InventoryV2AddressResponse):
            ship_to = self.ship_to.to_dict()
        else:
            ship_to = self.ship_to

        technician_id: int | None | Unset
        if isinstance(self.technician_id, Unset):
            technician_id = UNSET
        else:
            technician_id = self.technician_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "customFields": custom_fields,
                "id": id,
                "inventoryLocationId": inventory_location_id,
                "items": items,
                "landedCostMethod": landed_cost_method,
                "memo": memo,
                "modifiedOn": modified_on,
                "number": number,
                "purchaseOrderId": purchase_order_id,
                "receiptAmount": receipt_amount,
                "shipToDescription": ship_to_description,
                "shippingAmount": shipping_amount,
                "syncStatus": sync_status,
                "taxAmount": tax_amount,
                "vendorId": vendor_id,
                "vendorInvoiceNumber": vendor_invoice_number,
            }
        )
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if bill_id is not UNSET:
            field_dict["billId"] = bill_id
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if other_amount is not UNSET:
            field_dict["otherAmount"] = other_amount
        if received_on is not UNSET:
            field_dict["receivedOn"] = received_on
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if technician_id is not UNSET:
            field_dict["technicianId"] = technician_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.InventoryV2CustomFieldResponse.from_dict(custom_fields_item_data)
            for custom_fields_item_data in d.pop("customFields")
        ]

        id = d.pop("id")

        inventory_location_id = d.pop("inventoryLocationId")

        items = [
            _models.InventoryV2InventoryReceiptItemResponse.from_dict(items_item_data)
            for items_item_data in d.pop("items")
        ]

        landed_cost_method = d.pop("landedCostMethod")
        try:
            if not isinstance(landed_cost_method, str):
                raise TypeError()
            landed_cost_method_type_0 = InventoryV2LandedCostMethod(landed_cost_method)

            landed_cost_method = landed_cost_method_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass

        memo = d.pop("memo")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        number = d.pop("number")

        purchase_order_id = d.pop("purchaseOrderId")

        receipt_amount = d.pop("receiptAmount")

        ship_to_description = d.pop("shipToDescription")

        shipping_amount = d.pop("shippingAmount")

        sync_status = InventoryV2SyncStatus(d.pop("syncStatus"))

        tax_amount = d.pop("taxAmount")

        vendor_id = d.pop("vendorId")

        vendor_invoice_number = d.pop("vendorInvoiceNumber")

        batch_id = d.pop("batchId", UNSET)

        bill_id = d.pop("billId", UNSET)

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        created_by_id = d.pop("createdById", UNSET)

        job_id = d.pop("jobId", UNSET)

        other_amount = d.pop("otherAmount", UNSET)

        received_on = d.pop("receivedOn", UNSET)
        if received_on is not None and not isinstance(received_on, Unset):
            if not isinstance(received_on, str):
                raise TypeError()
            received_on_type_0 = datetime.datetime.fromisoformat(received_on)

            received_on = received_on_type_0

        ship_to = d.pop("shipTo", UNSET)
        if ship_to is not None and not isinstance(ship_to, Unset):
            if not isinstance(ship_to, dict):
                raise TypeError()
            ship_to_type_0 = _models.InventoryV2AddressResponse.from_dict(ship_to)

            ship_to = ship_to_type_0

        technician_id = d.pop("technicianId", UNSET)

        inventory_v2_inventory_receipt_response = cls(
            active,
            created_on,
            custom_fields,
            id,
            inventory_location_id,
            items,
            landed_cost_method,
            memo,
            modified_on,
            number,
            purchase_order_id,
            receipt_amount,
            ship_to_description,
            shipping_amount,
            sync_status,
            tax_amount,
            vendor_id,
            vendor_invoice_number,
            batch_id,
            bill_id,
            budget_code_id,
            business_unit_id,
            created_by_id,
            job_id,
            other_amount,
            received_on,
            ship_to,
            technician_id,
        )

        inventory_v2_inventory_receipt_response.additional_properties = dict(d)
        return inventory_v2_inventory_receipt_response

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
