from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_v2_inventory_reason_transaction_canceled import (
    InventoryV2InventoryReasonTransactionCanceled,
)
from ..models.inventory_v2_inventory_return_status import (
    InventoryV2InventoryReturnStatus,
)
from ..models.inventory_v2_sync_status import InventoryV2SyncStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_batch_response import InventoryV2BatchResponse
    from ..models.inventory_v2_custom_field_response import (
        InventoryV2CustomFieldResponse,
    )
    from ..models.inventory_v2_external_data_model import InventoryV2ExternalDataModel
    from ..models.inventory_v2_inventory_return_item_response import (
        InventoryV2InventoryReturnItemResponse,
    )


T = TypeVar("T", bound="InventoryV2ExportReturnsResponse")


@_attrs_define
class InventoryV2ExportReturnsResponse:
    """
    Attributes:
        active (bool):
        business_unit_id (int):
        created_on (datetime.datetime):
        custom_fields (list[InventoryV2CustomFieldResponse]):
        external_data (list[InventoryV2ExternalDataModel]):
        id (int):
        items (list[InventoryV2InventoryReturnItemResponse]):
        memo (str):
        modified_on (datetime.datetime):
        number (str):
        reference_number (str):
        return_amount (float):
        return_date (datetime.datetime):
        return_type_id (int):
        shipping_amount (float):
        status (InventoryV2InventoryReturnStatus):
        sync_status (InventoryV2SyncStatus):
        tax_amount (float):
        vendor_id (int):
        batch (InventoryV2BatchResponse | None | Unset):
        batch_id (int | None | Unset):
        budget_code_id (int | None | Unset):
        canceled_by_id (int | None | Unset):
        canceled_reason (InventoryV2InventoryReasonTransactionCanceled | None | Unset):
        created_by_id (int | None | Unset):
        credit_received_on (datetime.datetime | None | Unset):
        date_canceled (datetime.datetime | None | Unset):
        inventory_location_id (int | None | Unset):
        job_id (int | None | Unset):
        project_id (int | None | Unset):
        purchase_order_id (int | None | Unset):
        returned_on (datetime.datetime | None | Unset):
    """

    active: bool
    business_unit_id: int
    created_on: datetime.datetime
    custom_fields: list[InventoryV2CustomFieldResponse]
    external_data: list[InventoryV2ExternalDataModel]
    id: int
    items: list[InventoryV2InventoryReturnItemResponse]
    memo: str
    modified_on: datetime.datetime
    number: str
    reference_number: str
    return_amount: float
    return_date: datetime.datetime
    return_type_id: int
    shipping_amount: float
    status: InventoryV2InventoryReturnStatus
    sync_status: InventoryV2SyncStatus
    tax_amount: float
    vendor_id: int
    batch: InventoryV2BatchResponse | None | Unset = UNSET
    batch_id: int | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    canceled_by_id: int | None | Unset = UNSET
    canceled_reason: InventoryV2InventoryReasonTransactionCanceled | None | Unset = (
        UNSET
    )
    created_by_id: int | None | Unset = UNSET
    credit_received_on: datetime.datetime | None | Unset = UNSET
    date_canceled: datetime.datetime | None | Unset = UNSET
    inventory_location_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    purchase_order_id: int | None | Unset = UNSET
    returned_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitId",
        "createdOn",
        "customFields",
        "externalData",
        "id",
        "items",
        "memo",
        "modifiedOn",
        "number",
        "referenceNumber",
        "returnAmount",
        "returnDate",
        "returnTypeId",
        "shippingAmount",
        "status",
        "syncStatus",
        "taxAmount",
        "vendorId",
        "batch",
        "batchId",
        "budgetCodeId",
        "canceledById",
        "canceledReason",
        "createdById",
        "creditReceivedOn",
        "dateCanceled",
        "inventoryLocationId",
        "jobId",
        "projectId",
        "purchaseOrderId",
        "returnedOn",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_v2_batch_response import InventoryV2BatchResponse

        active = self.active

        business_unit_id = self.business_unit_id

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        external_data = []
        for external_data_item_data in self.external_data:
            external_data_item = external_data_item_data.to_dict()
            external_data.append(external_data_item)

        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        memo = self.memo

        modified_on = self.modified_on.isoformat()

        number = self.number

        reference_number = self.reference_number

        return_amount = self.return_amount

        return_date = self.return_date.isoformat()

        return_type_id = self.return_type_id

        shipping_amount = self.shipping_amount

        status = self.status.value

        sync_status = self.sync_status.value

        tax_amount = self.tax_amount

        vendor_id = self.vendor_id

        batch: dict[str, Any] | None | Unset
        if isinstance(self.batch, Unset):
            batch = UNSET
        elif isinstance(self.batch, InventoryV2BatchResponse):
            batch = self.batch.to_dict()
        else:
            batch = self.batch

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

        canceled_by_id: int | None | Unset
        if isinstance(self.canceled_by_id, Unset):
            canceled_by_id = UNSET
        else:
            canceled_by_id = self.canceled_by_id

        canceled_reason: None | str | Unset
        if isinstance(self.canceled_reason, Unset):
            canceled_reason = UNSET
        elif isinstance(
            self.canceled_reason, InventoryV2InventoryReasonTransactionCanceled
        ):
            canceled_reason = self.canceled_reason.value
        else:
            canceled_reason = self.canceled_reason

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        credit_received_on: None | str | Unset
        if isinstance(self.credit_received_on, Unset):
            credit_received_on = UNSET
        elif isinstance(self.credit_received_on, datetime.datetime):
            credit_received_on = self.credit_received_on.isoformat()
        else:
            credit_received_on = self.credit_received_on

        date_canceled: None | str | Unset
        if isinstance(self.date_canceled, Unset):
            date_canceled = UNSET
        elif isinstance(self.date_canceled, datetime.datetime):
            date_canceled = self.date_canceled.isoformat()
        else:
            date_canceled = self.date_canceled

        inventory_location_id: int | None | Unset
        if isinstance(self.inventory_location_id, Unset):
            inventory_location_id = UNSET
        else:
            inventory_location_id = self.inventory_location_id

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

        purchase_order_id: int | None | Unset
        if isinstance(self.purchase_order_id, Unset):
            purchase_order_id = UNSET
        else:
            purchase_order_id = self.purchase_order_id

        returned_on: None | str | Unset
        if isinstance(self.returned_on, Unset):
            returned_on = UNSET
        elif isinstance(self.returned_on, datetime.datetime):
            returned_on = self.returned_on.isoformat()
        else:
            returned_on = self.returned_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "businessUnitId": business_unit_id,
                "createdOn": created_on,
                "customFields": custom_fields,
                "externalData": external_data,
                "id": id,
                "items": items,
                "memo": memo,
                "modifiedOn": modified_on,
                "number": number,
                "referenceNumber": reference_number,
                "returnAmount": return_amount,
                "returnDate": return_date,
                "returnTypeId": return_type_id,
                "shippingAmount": shipping_amount,
                "status": status,
                "syncStatus": sync_status,
                "taxAmount": tax_amount,
                "vendorId": vendor_id,
            }
        )
        if batch is not UNSET:
            field_dict["batch"] = batch
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if canceled_by_id is not UNSET:
            field_dict["canceledById"] = canceled_by_id
        if canceled_reason is not UNSET:
            field_dict["canceledReason"] = canceled_reason
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if credit_received_on is not UNSET:
            field_dict["creditReceivedOn"] = credit_received_on
        if date_canceled is not UNSET:
            field_dict["dateCanceled"] = date_canceled
        if inventory_location_id is not UNSET:
            field_dict["inventoryLocationId"] = inventory_location_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id
        if returned_on is not UNSET:
            field_dict["returnedOn"] = returned_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        business_unit_id = d.pop("businessUnitId")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.InventoryV2CustomFieldResponse.from_dict(custom_fields_item_data)
            for custom_fields_item_data in d.pop("customFields")
        ]

        external_data = [
            _models.InventoryV2ExternalDataModel.from_dict(external_data_item_data)
            for external_data_item_data in d.pop("externalData")
        ]

        id = d.pop("id")

        items = [
            _models.InventoryV2InventoryReturnItemResponse.from_dict(items_item_data)
            for items_item_data in d.pop("items")
        ]

        memo = d.pop("memo")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        number = d.pop("number")

        reference_number = d.pop("referenceNumber")

        return_amount = d.pop("returnAmount")

        return_date = datetime.datetime.fromisoformat(d.pop("returnDate"))

        return_type_id = d.pop("returnTypeId")

        shipping_amount = d.pop("shippingAmount")

        status = InventoryV2InventoryReturnStatus(d.pop("status"))

        sync_status = InventoryV2SyncStatus(d.pop("syncStatus"))

        tax_amount = d.pop("taxAmount")

        vendor_id = d.pop("vendorId")

        batch = d.pop("batch", UNSET)
        if batch is not None and not isinstance(batch, Unset):
            if not isinstance(batch, dict):
                raise TypeError()
            batch_type_0 = _models.InventoryV2BatchResponse.from_dict(batch)

            batch = batch_type_0

        batch_id = d.pop("batchId", UNSET)

        budget_code_id = d.pop("budgetCodeId", UNSET)

        canceled_by_id = d.pop("canceledById", UNSET)

        canceled_reason = d.pop("canceledReason", UNSET)
        if canceled_reason is not None and not isinstance(canceled_reason, Unset):
            if not isinstance(canceled_reason, str):
                raise TypeError()
            canceled_reason_type_0 = InventoryV2InventoryReasonTransactionCanceled(
                canceled_reason
            )

            canceled_reason = canceled_reason_type_0

        created_by_id = d.pop("createdById", UNSET)

        credit_received_on = d.pop("creditReceivedOn", UNSET)
        if credit_received_on is not None and not isinstance(credit_received_on, Unset):
            if not isinstance(credit_received_on, str):
                raise TypeError()
            credit_received_on_type_0 = datetime.datetime.fromisoformat(
                credit_received_on
            )

            credit_received_on = credit_received_on_type_0

        date_canceled = d.pop("dateCanceled", UNSET)
        if date_canceled is not None and not isinstance(date_canceled, Unset):
            if not isinstance(date_canceled, str):
                raise TypeError()
            date_canceled_type_0 = datetime.datetime.fromisoformat(date_canceled)

            date_canceled = date_canceled_type_0

        inventory_location_id = d.pop("inventoryLocationId", UNSET)

        job_id = d.pop("jobId", UNSET)

        project_id = d.pop("projectId", UNSET)

        purchase_order_id = d.pop("purchaseOrderId", UNSET)

        returned_on = d.pop("returnedOn", UNSET)
        if returned_on is not None and not isinstance(returned_on, Unset):
            if not isinstance(returned_on, str):
                raise TypeError()
            returned_on_type_0 = datetime.datetime.fromisoformat(returned_on)

            returned_on = returned_on_type_0

        inventory_v2_export_returns_response = cls(
            active,
            business_unit_id,
            created_on,
            custom_fields,
            external_data,
            id,
            items,
            memo,
            modified_on,
            number,
            reference_number,
            return_amount,
            return_date,
            return_type_id,
            shipping_amount,
            status,
            sync_status,
            tax_amount,
            vendor_id,
            batch,
            batch_id,
            budget_code_id,
            canceled_by_id,
            canceled_reason,
            created_by_id,
            credit_received_on,
            date_canceled,
            inventory_location_id,
            job_id,
            project_id,
            purchase_order_id,
            returned_on,
        )

        inventory_v2_export_returns_response.additional_properties = dict(d)
        return inventory_v2_export_returns_response

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
