from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.accounting_v2_invoice_review_status import AccountingV2InvoiceReviewStatus
from ..models.accounting_v2_royalty_status import AccountingV2RoyaltyStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_invoice_item_update_request import (
        AccountingV2InvoiceItemUpdateRequest,
    )


T = TypeVar("T", bound="AccountingV2AdjustmentInvoiceCreateRequest")


@_attrs_define
class AccountingV2AdjustmentInvoiceCreateRequest:
    """
    Attributes:
        adjustment_to_id (int):
        assigned_to_id (int | None | Unset):
        budget_code_id (int | None | Unset):
        export_id (None | str | Unset):
        invoiced_on (datetime.datetime | None | Unset):
        items (list[AccountingV2InvoiceItemUpdateRequest] | None | Unset):
        number (None | str | Unset):
        review_status (AccountingV2InvoiceReviewStatus | None | Unset):
        royalty_date (datetime.datetime | None | Unset):
        royalty_memo (None | str | Unset):
        royalty_sent_on (datetime.datetime | None | Unset):
        royalty_status (AccountingV2RoyaltyStatus | None | Unset):
        subtotal (float | None | Unset):
        summary (None | str | Unset):
        tax (float | None | Unset):
        tax_zone_id (int | None | Unset):
        type_id (int | None | Unset):
    """

    adjustment_to_id: int
    assigned_to_id: int | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    export_id: None | str | Unset = UNSET
    invoiced_on: datetime.datetime | None | Unset = UNSET
    items: list[AccountingV2InvoiceItemUpdateRequest] | None | Unset = UNSET
    number: None | str | Unset = UNSET
    review_status: AccountingV2InvoiceReviewStatus | None | Unset = UNSET
    royalty_date: datetime.datetime | None | Unset = UNSET
    royalty_memo: None | str | Unset = UNSET
    royalty_sent_on: datetime.datetime | None | Unset = UNSET
    royalty_status: AccountingV2RoyaltyStatus | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    tax: float | None | Unset = UNSET
    tax_zone_id: int | None | Unset = UNSET
    type_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "adjustmentToId",
        "assignedToId",
        "budgetCodeId",
        "exportId",
        "invoicedOn",
        "items",
        "number",
        "reviewStatus",
        "royaltyDate",
        "royaltyMemo",
        "royaltySentOn",
        "royaltyStatus",
        "subtotal",
        "summary",
        "tax",
        "taxZoneId",
        "typeId",
    )

    def to_dict(self) -> dict[str, Any]:
        adjustment_to_id = self.adjustment_to_id

        assigned_to_id: int | None | Unset
        if isinstance(self.assigned_to_id, Unset):
            assigned_to_id = UNSET
        else:
            assigned_to_id = self.assigned_to_id

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        export_id: None | str | Unset
        if isinstance(self.export_id, Unset):
            export_id = UNSET
        else:
            export_id = self.export_id

        invoiced_on: None | str | Unset
        if isinstance(self.invoiced_on, Unset):
            invoiced_on = UNSET
        elif isinstance(self.invoiced_on, datetime.datetime):
            invoiced_on = self.invoiced_on.isoformat()
        else:
            invoiced_on = self.invoiced_on

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

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        review_status: None | str | Unset
        if isinstance(self.review_status, Unset):
            review_status = UNSET
        elif isinstance(self.review_status, AccountingV2InvoiceReviewStatus):
            review_status = self.review_status.value
        else:
            review_status = self.review_status

        royalty_date: None | str | Unset
        if isinstance(self.royalty_date, Unset):
            royalty_date = UNSET
        elif isinstance(self.royalty_date, datetime.datetime):
            royalty_date = self.royalty_date.isoformat()
        else:
            royalty_date = self.royalty_date

        royalty_memo: None | str | Unset
        if isinstance(self.royalty_memo, Unset):
            royalty_memo = UNSET
        else:
            royalty_memo = self.royalty_memo

        royalty_sent_on: None | str | Unset
        if isinstance(self.royalty_sent_on, Unset):
            royalty_sent_on = UNSET
        elif isinstance(self.royalty_sent_on, datetime.datetime):
            royalty_sent_on = self.royalty_sent_on.isoformat()
        else:
            royalty_sent_on = self.royalty_sent_on

        royalty_status: None | str | Unset
        if isinstance(self.royalty_status, Unset):
            royalty_status = UNSET
        elif isinstance(self.royalty_status, AccountingV2RoyaltyStatus):
            royalty_status = self.royalty_status.value
        else:
            royalty_status = self.royalty_status

        subtotal: float | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        tax: float | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        tax_zone_id: int | None | Unset
        if isinstance(self.tax_zone_id, Unset):
            tax_zone_id = UNSET
        else:
            tax_zone_id = self.tax_zone_id

        type_id: int | None | Unset
        if isinstance(self.type_id, Unset):
            type_id = UNSET
        else:
            type_id = self.type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adjustmentToId": adjustment_to_id,
            }
        )
        if assigned_to_id is not UNSET:
            field_dict["assignedToId"] = assigned_to_id
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if export_id is not UNSET:
            field_dict["exportId"] = export_id
        if invoiced_on is not UNSET:
            field_dict["invoicedOn"] = invoiced_on
        if items is not UNSET:
            field_dict["items"] = items
        if number is not UNSET:
            field_dict["number"] = number
        if review_status is not UNSET:
            field_dict["reviewStatus"] = review_status
        if royalty_date is not UNSET:
            field_dict["royaltyDate"] = royalty_date
        if royalty_memo is not UNSET:
            field_dict["royaltyMemo"] = royalty_memo
        if royalty_sent_on is not UNSET:
            field_dict["royaltySentOn"] = royalty_sent_on
        if royalty_status is not UNSET:
            field_dict["royaltyStatus"] = royalty_status
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if summary is not UNSET:
            field_dict["summary"] = summary
        if tax is not UNSET:
            field_dict["tax"] = tax
        if tax_zone_id is not UNSET:
            field_dict["taxZoneId"] = tax_zone_id
        if type_id is not UNSET:
            field_dict["typeId"] = type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        adjustment_to_id = d.pop("adjustmentToId")

        assigned_to_id = d.pop("assignedToId", UNSET)

        budget_code_id = d.pop("budgetCodeId", UNSET)

        export_id = d.pop("exportId", UNSET)

        invoiced_on = d.pop("invoicedOn", UNSET)
        if invoiced_on is not None and not isinstance(invoiced_on, Unset):
            if not isinstance(invoiced_on, str):
                raise TypeError()
            invoiced_on_type_0 = datetime.datetime.fromisoformat(invoiced_on)

            invoiced_on = invoiced_on_type_0

        items = d.pop("items", UNSET)
        if items is not None and not isinstance(items, Unset):
            if not isinstance(items, list):
                raise TypeError()
            items_type_0 = [
                _models.AccountingV2InvoiceItemUpdateRequest.from_dict(
                    items_type_0_item_data
                )
                for items_type_0_item_data in items
            ]

            items = items_type_0

        number = d.pop("number", UNSET)

        review_status = d.pop("reviewStatus", UNSET)
        if review_status is not None and not isinstance(review_status, Unset):
            if not isinstance(review_status, str):
                raise TypeError()
            review_status_type_0 = AccountingV2InvoiceReviewStatus(review_status)

            review_status = review_status_type_0

        royalty_date = d.pop("royaltyDate", UNSET)
        if royalty_date is not None and not isinstance(royalty_date, Unset):
            if not isinstance(royalty_date, str):
                raise TypeError()
            royalty_date_type_0 = datetime.datetime.fromisoformat(royalty_date)

            royalty_date = royalty_date_type_0

        royalty_memo = d.pop("royaltyMemo", UNSET)

        royalty_sent_on = d.pop("royaltySentOn", UNSET)
        if royalty_sent_on is not None and not isinstance(royalty_sent_on, Unset):
            if not isinstance(royalty_sent_on, str):
                raise TypeError()
            royalty_sent_on_type_0 = datetime.datetime.fromisoformat(royalty_sent_on)

            royalty_sent_on = royalty_sent_on_type_0

        royalty_status = d.pop("royaltyStatus", UNSET)
        if royalty_status is not None and not isinstance(royalty_status, Unset):
            if not isinstance(royalty_status, str):
                raise TypeError()
            royalty_status_type_0 = AccountingV2RoyaltyStatus(royalty_status)

            royalty_status = royalty_status_type_0

        subtotal = d.pop("subtotal", UNSET)

        summary = d.pop("summary", UNSET)

        tax = d.pop("tax", UNSET)

        tax_zone_id = d.pop("taxZoneId", UNSET)

        type_id = d.pop("typeId", UNSET)

        accounting_v2_adjustment_invoice_create_request = cls(
            adjustment_to_id,
            assigned_to_id,
            budget_code_id,
            export_id,
            invoiced_on,
            items,
            number,
            review_status,
            royalty_date,
            royalty_memo,
            royalty_sent_on,
            royalty_status,
            subtotal,
            summary,
            tax,
            tax_zone_id,
            type_id,
        )

        accounting_v2_adjustment_invoice_create_request.additional_properties = dict(d)
        return accounting_v2_adjustment_invoice_create_request

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
