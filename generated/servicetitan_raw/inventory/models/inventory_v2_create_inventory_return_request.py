from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_create_inventory_return_item_request import (
        InventoryV2CreateInventoryReturnItemRequest,
    )


T = TypeVar("T", bound="InventoryV2CreateInventoryReturnRequest")


@_attrs_define
class InventoryV2CreateInventoryReturnRequest:
    """
    Attributes:
        business_unit_id (int):
        inventory_location_id (int):
        restocking_fee (float):
        return_date (datetime.datetime):
        return_type_id (int):
        shipping (float):
        tax (float):
        vendor_id (int):
        budget_code_id (int | None | Unset):
        items (list[InventoryV2CreateInventoryReturnItemRequest] | None | Unset):
        job_id (int | None | Unset):
        memo (None | str | Unset):
        purchase_order_id (int | None | Unset):
        reference_number (None | str | Unset):
    """

    business_unit_id: int
    inventory_location_id: int
    restocking_fee: float
    return_date: datetime.datetime
    return_type_id: int
    shipping: float
    tax: float
    vendor_id: int
    budget_code_id: int | None | Unset = UNSET
    items: list[InventoryV2CreateInventoryReturnItemRequest] | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    purchase_order_id: int | None | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnitId",
        "inventoryLocationId",
        "restockingFee",
        "returnDate",
        "returnTypeId",
        "shipping",
        "tax",
        "vendorId",
        "budgetCodeId",
        "items",
        "jobId",
        "memo",
        "purchaseOrderId",
        "referenceNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        business_unit_id = self.business_unit_id

        inventory_location_id = self.inventory_location_id

        restocking_fee = self.restocking_fee

        return_date = self.return_date.isoformat()

        return_type_id = self.return_type_id

        shipping = self.shipping

        tax = self.tax

        vendor_id = self.vendor_id

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

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

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessUnitId": business_unit_id,
                "inventoryLocationId": inventory_location_id,
                "restockingFee": restocking_fee,
                "returnDate": return_date,
                "returnTypeId": return_type_id,
                "shipping": shipping,
                "tax": tax,
                "vendorId": vendor_id,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if items is not UNSET:
            field_dict["items"] = items
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_unit_id = d.pop("businessUnitId")

        inventory_location_id = d.pop("inventoryLocationId")

        restocking_fee = d.pop("restockingFee")

        return_date = datetime.datetime.fromisoformat(d.pop("returnDate"))

        return_type_id = d.pop("returnTypeId")

        shipping = d.pop("shipping")

        tax = d.pop("tax")

        vendor_id = d.pop("vendorId")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        items = d.pop("items", UNSET)
        if items is not None and not isinstance(items, Unset):
            if not isinstance(items, list):
                raise TypeError()
            items_type_0 = [
                _models.InventoryV2CreateInventoryReturnItemRequest.from_dict(
                    items_type_0_item_data
                )
                for items_type_0_item_data in items
            ]

            items = items_type_0

        job_id = d.pop("jobId", UNSET)

        memo = d.pop("memo", UNSET)

        purchase_order_id = d.pop("purchaseOrderId", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        inventory_v2_create_inventory_return_request = cls(
            business_unit_id,
            inventory_location_id,
            restocking_fee,
            return_date,
            return_type_id,
            shipping,
            tax,
            vendor_id,
            budget_code_id,
            items,
            job_id,
            memo,
            purchase_order_id,
            reference_number,
        )

        inventory_v2_create_inventory_return_request.additional_properties = dict(d)
        return inventory_v2_create_inventory_return_request

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
