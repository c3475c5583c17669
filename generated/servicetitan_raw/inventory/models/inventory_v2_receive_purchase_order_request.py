from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_receive_purchase_order_item_request import (
        InventoryV2ReceivePurchaseOrderItemRequest,
    )


T = TypeVar("T", bound="InventoryV2ReceivePurchaseOrderRequest")


@_attrs_define
class InventoryV2ReceivePurchaseOrderRequest:
    """
    Attributes:
        date_received (datetime.datetime):
        items (list[InventoryV2ReceivePurchaseOrderItemRequest]):
        purchase_order_id (int):
        shipping (float):
        tax (float):
        budget_code_id (int | None | Unset):
        job_id (int | None | Unset):
        memo (None | str | Unset):
        vendor_document_number (None | str | Unset):
    """

    date_received: datetime.datetime
    items: list[InventoryV2ReceivePurchaseOrderItemRequest]
    purchase_order_id: int
    shipping: float
    tax: float
    budget_code_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    vendor_document_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "dateReceived",
        "items",
        "purchaseOrderId",
        "shipping",
        "tax",
        "budgetCodeId",
        "jobId",
        "memo",
        "vendorDocumentNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        date_received = self.date_received.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        purchase_order_id = self.purchase_order_id

        shipping = self.shipping

        tax = self.tax

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

        vendor_document_number: None | str | Unset
        if isinstance(self.vendor_document_number, Unset):
            vendor_document_number = UNSET
        else:
            vendor_document_number = self.vendor_document_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dateReceived": date_received,
                "items": items,
                "purchaseOrderId": purchase_order_id,
                "shipping": shipping,
                "tax": tax,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if vendor_document_number is not UNSET:
            field_dict["vendorDocumentNumber"] = vendor_document_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date_received = datetime.datetime.fromisoformat(d.pop("dateReceived"))

        items = [
            _models.InventoryV2ReceivePurchaseOrderItemRequest.from_dict(
                items_item_data
            )
            for items_item_data in d.pop("items")
        ]

        purchase_order_id = d.pop("purchaseOrderId")

        shipping = d.pop("shipping")

        tax = d.pop("tax")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        job_id = d.pop("jobId", UNSET)

        memo = d.pop("memo", UNSET)

        vendor_document_number = d.pop("vendorDocumentNumber", UNSET)

        inventory_v2_receive_purchase_order_request = cls(
            date_received,
            items,
            purchase_order_id,
            shipping,
            tax,
            budget_code_id,
            job_id,
            memo,
            vendor_document_number,
        )

        inventory_v2_receive_purchase_order_request.additional_properties = dict(d)
        return inventory_v2_receive_purchase_order_request

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
