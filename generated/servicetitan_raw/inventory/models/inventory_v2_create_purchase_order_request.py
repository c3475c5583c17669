from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_create_address_request import (
        InventoryV2CreateAddressRequest,
    )
    from ..models.inventory_v2_create_purchase_order_item_request import (
        InventoryV2CreatePurchaseOrderItemRequest,
    )


T = TypeVar("T", bound="InventoryV2CreatePurchaseOrderRequest")


@_attrs_define
class InventoryV2CreatePurchaseOrderRequest:
    """
    Attributes:
        business_unit_id (int):
        date (datetime.datetime):
        impacts_technician_payroll (bool):
        inventory_location_id (int):
        items (list[InventoryV2CreatePurchaseOrderItemRequest]):
        required_on (datetime.datetime):
        ship_to (InventoryV2CreateAddressRequest):
        shipping (float):
        tax (float):
        type_id (int):
        vendor_id (int):
        budget_code_id (int | None | Unset):
        job_id (int | None | Unset):
        memo (None | str | Unset):
        project_id (int | None | Unset):
        technician_id (int | None | Unset):
        vendor_invoice_number (None | str | Unset):
    """

    business_unit_id: int
    date: datetime.datetime
    impacts_technician_payroll: bool
    inventory_location_id: int
    items: list[InventoryV2CreatePurchaseOrderItemRequest]
    required_on: datetime.datetime
    ship_to: InventoryV2CreateAddressRequest
    shipping: float
    tax: float
    type_id: int
    vendor_id: int
    budget_code_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    technician_id: int | None | Unset = UNSET
    vendor_invoice_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnitId",
        "date",
        "impactsTechnicianPayroll",
        "inventoryLocationId",
        "items",
        "requiredOn",
        "shipTo",
        "shipping",
        "tax",
        "typeId",
        "vendorId",
        "budgetCodeId",
        "jobId",
        "memo",
        "projectId",
        "technicianId",
        "vendorInvoiceNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        business_unit_id = self.business_unit_id

        date = self.date.isoformat()

        impacts_technician_payroll = self.impacts_technician_payroll

        inventory_location_id = self.inventory_location_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        required_on = self.required_on.isoformat()

        ship_to = self.ship_to.to_dict()

        shipping = self.shipping

        tax = self.tax

        type_id = self.type_id

        vendor_id = self.vendor_id

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        technician_id: int | None | Unset
        if isinstance(self.technician_id, Unset):
            technician_id = UNSET
        else:
            technician_id = self.technician_id

        vendor_invoice_number: None | str | Unset
        if isinstance(self.vendor_invoice_number, Unset):
            vendor_invoice_number = UNSET
        else:
            vendor_invoice_number = self.vendor_invoice_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessUnitId": business_unit_id,
                "date": date,
                "impactsTechnicianPayroll": impacts_technician_payroll,
                "inventoryLocationId": inventory_location_id,
                "items": items,
                "requiredOn": required_on,
                "shipTo": ship_to,
                "shipping": shipping,
                "tax": tax,
                "typeId": type_id,
                "vendorId": vendor_id,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if technician_id is not UNSET:
            field_dict["technicianId"] = technician_id
        if vendor_invoice_number is not UNSET:
            field_dict["vendorInvoiceNumber"] = vendor_invoice_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_unit_id = d.pop("businessUnitId")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        impacts_technician_payroll = d.pop("impactsTechnicianPayroll")

        inventory_location_id = d.pop("inventoryLocationId")

        items = [
            _models.InventoryV2CreatePurchaseOrderItemRequest.from_dict(items_item_data)
            for items_item_data in d.pop("items")
        ]

        required_on = datetime.datetime.fromisoformat(d.pop("requiredOn"))

        ship_to = _models.InventoryV2CreateAddressRequest.from_dict(d.pop("shipTo"))

        shipping = d.pop("shipping")

        tax = d.pop("tax")

        type_id = d.pop("typeId")

        vendor_id = d.pop("vendorId")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        job_id = d.pop("jobId", UNSET)

        memo = d.pop("memo", UNSET)

        project_id = d.pop("projectId", UNSET)

        technician_id = d.pop("technicianId", UNSET)

        vendor_invoice_number = d.pop("vendorInvoiceNumber", UNSET)

        inventory_v2_create_purchase_order_request = cls(
            business_unit_id,
            date,
            impacts_technician_payroll,
            inventory_location_id,
            items,
            required_on,
            ship_to,
            shipping,
            tax,
            type_id,
            vendor_id,
            budget_code_id,
            job_id,
            memo,
            project_id,
            technician_id,
            vendor_invoice_number,
        )

        inventory_v2_create_purchase_order_request.additional_properties = dict(d)
        return inventory_v2_create_purchase_order_request

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
