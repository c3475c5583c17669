from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_update_address_request import (
        InventoryV2UpdateAddressRequest,
    )
    from ..models.inventory_v2_update_purchase_order_item_request import (
        InventoryV2UpdatePurchaseOrderItemRequest,
    )


T = TypeVar("T", bound="InventoryV2UpdatePurchaseOrderRequest")


@_attrs_define
class InventoryV2UpdatePurchaseOrderRequest:
    """
    Attributes:
        budget_code_id (int | None | Unset):
        business_unit_id (int | Unset):
        date (datetime.datetime | Unset):
        impacts_technician_payroll (bool | Unset):
        inventory_location_id (int | Unset):
        items (list[InventoryV2UpdatePurchaseOrderItemRequest] | Unset):
        job_id (int | Unset):
        memo (str | Unset):
        project_id (int | Unset):
        required_on (datetime.datetime | Unset):
        ship_to (InventoryV2UpdateAddressRequest | Unset):
        shipping (float | Unset):
        tax (float | Unset):
        technician_id (int | Unset):
        type_id (int | Unset):
        vendor_id (int | Unset):
        vendor_invoice_number (str | Unset):
    """

    budget_code_id: int | None | Unset = UNSET
    business_unit_id: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    impacts_technician_payroll: bool | Unset = UNSET
    inventory_location_id: int | Unset = UNSET
    items: list[InventoryV2UpdatePurchaseOrderItemRequest] | Unset = UNSET
    job_id: int | Unset = UNSET
    memo: str | Unset = UNSET
    project_id: int | Unset = UNSET
    required_on: datetime.datetime | Unset = UNSET
    ship_to: InventoryV2UpdateAddressRequest | Unset = UNSET
    shipping: float | Unset = UNSET
    tax: float | Unset = UNSET
    technician_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    vendor_id: int | Unset = UNSET
    vendor_invoice_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "budgetCodeId",
        "businessUnitId",
        "date",
        "impactsTechnicianPayroll",
        "inventoryLocationId",
        "items",
        "jobId",
        "memo",
        "projectId",
        "requiredOn",
        "shipTo",
        "shipping",
        "tax",
        "technicianId",
        "typeId",
        "vendorId",
        "vendorInvoiceNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        business_unit_id = self.business_unit_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        impacts_technician_payroll = self.impacts_technician_payroll

        inventory_location_id = self.inventory_location_id

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        job_id = self.job_id

        memo = self.memo

        project_id = self.project_id

        required_on: str | Unset = UNSET
        if not isinstance(self.required_on, Unset):
            required_on = self.required_on.isoformat()

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        shipping = self.shipping

        tax = self.tax

        technician_id = self.technician_id

        type_id = self.type_id

        vendor_id = self.vendor_id

        vendor_invoice_number = self.vendor_invoice_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if date is not UNSET:
            field_dict["date"] = date
        if impacts_technician_payroll is not UNSET:
            field_dict["impactsTechnicianPayroll"] = impacts_technician_payroll
        if inventory_location_id is not UNSET:
            field_dict["inventoryLocationId"] = inventory_location_id
        if items is not UNSET:
            field_dict["items"] = items
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if required_on is not UNSET:
            field_dict["requiredOn"] = required_on
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if tax is not UNSET:
            field_dict["tax"] = tax
        if technician_id is not UNSET:
            field_dict["technicianId"] = technician_id
        if type_id is not UNSET:
            field_dict["typeId"] = type_id
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if vendor_invoice_number is not UNSET:
            field_dict["vendorInvoiceNumber"] = vendor_invoice_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        date = d.pop("date", UNSET)
        if not isinstance(date, Unset):
            date = datetime.datetime.fromisoformat(date)

        impacts_technician_payroll = d.pop("impactsTechnicianPayroll", UNSET)

        inventory_location_id = d.pop("inventoryLocationId", UNSET)

        items = d.pop("items", UNSET)
        if items is not UNSET:
            items = [
                _models.InventoryV2UpdatePurchaseOrderItemRequest.from_dict(
                    items_item_data
                )
                for items_item_data in items
            ]

        job_id = d.pop("jobId", UNSET)

        memo = d.pop("memo", UNSET)

        project_id = d.pop("projectId", UNSET)

        required_on = d.pop("requiredOn", UNSET)
        if not isinstance(required_on, Unset):
            required_on = datetime.datetime.fromisoformat(required_on)

        ship_to = d.pop("shipTo", UNSET)
        if not isinstance(ship_to, Unset):
            ship_to = _models.InventoryV2UpdateAddressRequest.from_dict(ship_to)

        shipping = d.pop("shipping", UNSET)

        tax = d.pop("tax", UNSET)

        technician_id = d.pop("technicianId", UNSET)

        type_id = d.pop("typeId", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        vendor_invoice_number = d.pop("vendorInvoiceNumber", UNSET)

        inventory_v2_update_purchase_order_request = cls(
            budget_code_id,
            business_unit_id,
            date,
            impacts_technician_payroll,
            inventory_location_id,
            items,
            job_id,
            memo,
            project_id,
            required_on,
            ship_to,
            shipping,
            tax,
            technician_id,
            type_id,
            vendor_id,
            vendor_invoice_number,
        )

        inventory_v2_update_purchase_order_request.additional_properties = dict(d)
        return inventory_v2_update_purchase_order_request

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
