from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_serial_number_response import (
        InventoryV2SerialNumberResponse,
    )


T = TypeVar("T", bound="InventoryV2PurchaseOrderItemResponse")


@_attrs_define
class InventoryV2PurchaseOrderItemResponse:
    """
    Attributes:
        chargeable (bool):
        cost (float):
        created_on (datetime.datetime):
        description (str):
        id (int):
        modified_on (datetime.datetime):
        quantity (float):
        quantity_received (float):
        serial_numbers (list[InventoryV2SerialNumberResponse]):
        sku_code (str):
        sku_id (int):
        sku_name (str):
        sku_type (str):
        status (str):
        total (float):
        vendor_part_number (str):
        budget_code_id (int | None | Unset):
    """

    chargeable: bool
    cost: float
    created_on: datetime.datetime
    description: str
    id: int
    modified_on: datetime.datetime
    quantity: float
    quantity_received: float
    serial_numbers: list[InventoryV2SerialNumberResponse]
    sku_code: str
    sku_id: int
    sku_name: str
    sku_type: str
    status: str
    total: float
    vendor_part_number: str
    budget_code_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "chargeable",
        "cost",
        "createdOn",
        "description",
        "id",
        "modifiedOn",
        "quantity",
        "quantityReceived",
        "serialNumbers",
        "skuCode",
        "skuId",
        "skuName",
        "skuType",
        "status",
        "total",
        "vendorPartNumber",
        "budgetCodeId",
    )

    def to_dict(self) -> dict[str, Any]:
        chargeable = self.chargeable

        cost = self.cost

        created_on = self.created_on.isoformat()

        description = self.description

        id = self.id

        modified_on = self.modified_on.isoformat()

        quantity = self.quantity

        quantity_received = self.quantity_received

        serial_numbers = []
        for serial_numbers_item_data in self.serial_numbers:
            serial_numbers_item = serial_numbers_item_data.to_dict()
            serial_numbers.append(serial_numbers_item)

        sku_code = self.sku_code

        sku_id = self.sku_id

        sku_name = self.sku_name

        sku_type = self.sku_type

        status = self.status

        total = self.total

        vendor_part_number = self.vendor_part_number

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chargeable": chargeable,
                "cost": cost,
                "createdOn": created_on,
                "description": description,
                "id": id,
                "modifiedOn": modified_on,
                "quantity": quantity,
                "quantityReceived": quantity_received,
                "serialNumbers": serial_numbers,
                "skuCode": sku_code,
                "skuId": sku_id,
                "skuName": sku_name,
                "skuType": sku_type,
                "status": status,
                "total": total,
                "vendorPartNumber": vendor_part_number,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chargeable = d.pop("chargeable")

        cost = d.pop("cost")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        description = d.pop("description")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        quantity = d.pop("quantity")

        quantity_received = d.pop("quantityReceived")

        serial_numbers = [
            _models.InventoryV2SerialNumberResponse.from_dict(serial_numbers_item_data)
            for serial_numbers_item_data in d.pop("serialNumbers")
        ]

        sku_code = d.pop("skuCode")

        sku_id = d.pop("skuId")

        sku_name = d.pop("skuName")

        sku_type = d.pop("skuType")

        status = d.pop("status")

        total = d.pop("total")

        vendor_part_number = d.pop("vendorPartNumber")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        inventory_v2_purchase_order_item_response = cls(
            chargeable,
            cost,
            created_on,
            description,
            id,
            modified_on,
            quantity,
            quantity_received,
            serial_numbers,
            sku_code,
            sku_id,
            sku_name,
            sku_type,
            status,
            total,
            vendor_part_number,
            budget_code_id,
        )

        inventory_v2_purchase_order_item_response.additional_properties = dict(d)
        return inventory_v2_purchase_order_item_response

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
