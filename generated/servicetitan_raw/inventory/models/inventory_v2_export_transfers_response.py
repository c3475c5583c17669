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
from ..models.inventory_v2_sync_status import InventoryV2SyncStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_batch_response import InventoryV2BatchResponse
    from ..models.inventory_v2_custom_field_response import (
        InventoryV2CustomFieldResponse,
    )
    from ..models.inventory_v2_external_data_model import InventoryV2ExternalDataModel
    from ..models.inventory_v2_inventory_transfer_item_response import (
        InventoryV2InventoryTransferItemResponse,
    )


T = TypeVar("T", bound="InventoryV2ExportTransfersResponse")


@_attrs_define
class InventoryV2ExportTransfersResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        custom_fields (list[InventoryV2CustomFieldResponse]):
        date (datetime.datetime):
        from_location_id (int):
        id (int):
        items (list[InventoryV2InventoryTransferItemResponse]):
        memo (str):
        modified_on (datetime.datetime):
        number (str):
        reference_number (str):
        status (str):
        sync_status (InventoryV2SyncStatus):
        to_location_id (int):
        transfer_type (str):
        batch (InventoryV2BatchResponse | None | Unset):
        batch_id (int | None | Unset):
        canceled_by_id (int | None | Unset):
        canceled_reason (InventoryV2InventoryReasonTransactionCanceled | None | Unset):
        created_by_id (int | None | Unset):
        date_canceled (datetime.datetime | None | Unset):
        date_required (datetime.datetime | None | Unset):
        external_data (list[InventoryV2ExternalDataModel] | None | Unset):
        invoice_id (int | None | Unset):
        job_id (int | None | Unset):
        picked_by_id (int | None | Unset):
        picked_date (datetime.datetime | None | Unset):
        received_by_id (int | None | Unset):
        received_date (datetime.datetime | None | Unset):
    """

    active: bool
    created_on: datetime.datetime
    custom_fields: list[InventoryV2CustomFieldResponse]
    date: datetime.datetime
    from_location_id: int
    id: int
    items: list[InventoryV2InventoryTransferItemResponse]
    memo: str
    modified_on: datetime.datetime
    number: str
    reference_number: str
    status: str
    sync_status: InventoryV2SyncStatus
    to_location_id: int
    transfer_type: str
    batch: InventoryV2BatchResponse | None | Unset = UNSET
    batch_id: int | None | Unset = UNSET
    canceled_by_id: int | None | Unset = UNSET
    canceled_reason: InventoryV2InventoryReasonTransactionCanceled | None | Unset = (
        UNSET
    )
    created_by_id: int | None | Unset = UNSET
    date_canceled: datetime.datetime | None | Unset = UNSET
    date_required: datetime.datetime | None | Unset = UNSET
    external_data: list[InventoryV2ExternalDataModel] | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    picked_by_id: int | None | Unset = UNSET
    picked_date: datetime.datetime | None | Unset = UNSET
    received_by_id: int | None | Unset = UNSET
    received_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "customFields",
        "date",
        "fromLocationId",
        "id",
        "items",
        "memo",
        "modifiedOn",
        "number",
        "referenceNumber",
        "status",
        "syncStatus",
        "toLocationId",
        "transferType",
        "batch",
        "batchId",
        "canceledById",
        "canceledReason",
        "createdById",
        "dateCanceled",
        "dateRequired",
        "externalData",
        "invoiceId",
        "jobId",
        "pickedById",
        "pickedDate",
        "receivedById",
        "receivedDate",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_v2_batch_response import InventoryV2BatchResponse

        active = self.active

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        date = self.date.isoformat()

        from_location_id = self.from_location_id

        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        memo = self.memo

        modified_on = self.modified_on.isoformat()

        number = self.number

        reference_number = self.reference_number

        status = self.status

        sync_status = self.sync_status.value

        to_location_id = self.to_location_id

        transfer_type = self.transfer_type

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

        date_canceled: None | str | Unset
        if isinstance(self.date_canceled, Unset):
            date_canceled = UNSET
        elif isinstance(self.date_canceled, datetime.datetime):
            date_canceled = self.date_canceled.isoformat()
        else:
            date_canceled = self.date_canceled

        date_required: None | str | Unset
        if isinstance(self.date_required, Unset):
            date_required = UNSET
        elif isinstance(self.date_required, datetime.datetime):
            date_required = self.date_required.isoformat()
        else:
            date_required = self.date_required

        external_data: list[dict[str, Any]] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, list):
            external_data = []
            for external_data_type_0_item_data in self.external_data:
                external_data_type_0_item = external_data_type_0_item_data.to_dict()
                external_data.append(external_data_type_0_item)

        else:
            external_data = self.external_data

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

        picked_by_id: int | None | Unset
        if isinstance(self.picked_by_id, Unset):
            picked_by_id = UNSET
        else:
            picked_by_id = self.picked_by_id

        picked_date: None | str | Unset
        if isinstance(self.picked_date, Unset):
            picked_date = UNSET
        elif isinstance(self.picked_date, datetime.datetime):
            picked_date = self.picked_date.isoformat()
        else:
            picked_date = self.picked_date

        received_by_id: int | None | Unset
        if isinstance(self.received_by_id, Unset):
            received_by_id = UNSET
        else:
            received_by_id = self.received_by_id

        received_date: None | str | Unset
        if isinstance(self.received_date, Unset):
            received_date = UNSET
        elif isinstance(self.received_date, datetime.datetime):
            received_date = self.received_date.isoformat()
        else:
            received_date = self.received_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "customFields": custom_fields,
                "date": date,
                "fromLocationId": from_location_id,
                "id": id,
                "items": items,
                "memo": memo,
                "modifiedOn": modified_on,
                "number": number,
                "referenceNumber": reference_number,
                "status": status,
                "syncStatus": sync_status,
                "toLocationId": to_location_id,
                "transferType": transfer_type,
            }
        )
        if batch is not UNSET:
            field_dict["batch"] = batch
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if canceled_by_id is not UNSET:
            field_dict["canceledById"] = canceled_by_id
        if canceled_reason is not UNSET:
            field_dict["canceledReason"] = canceled_reason
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if date_canceled is not UNSET:
            field_dict["dateCanceled"] = date_canceled
        if date_required is not UNSET:
            field_dict["dateRequired"] = date_required
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if picked_by_id is not UNSET:
            field_dict["pickedById"] = picked_by_id
        if picked_date is not UNSET:
            field_dict["pickedDate"] = picked_date
        if received_by_id is not UNSET:
            field_dict["receivedById"] = received_by_id
        if received_date is not UNSET:
            field_dict["receivedDate"] = received_date

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

        date = datetime.datetime.fromisoformat(d.pop("date"))

        from_location_id = d.pop("fromLocationId")

        id = d.pop("id")

        items = [
            _models.InventoryV2InventoryTransferItemResponse.from_dict(items_item_data)
            for items_item_data in d.pop("items")
        ]

        memo = d.pop("memo")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        number = d.pop("number")

        reference_number = d.pop("referenceNumber")

        status = d.pop("status")

        sync_status = InventoryV2SyncStatus(d.pop("syncStatus"))

        to_location_id = d.pop("toLocationId")

        transfer_type = d.pop("transferType")

        batch = d.pop("batch", UNSET)
        if batch is not None and not isinstance(batch, Unset):
            if not isinstance(batch, dict):
                raise TypeError()
            batch_type_0 = _models.InventoryV2BatchResponse.from_dict(batch)

            batch = batch_type_0

        batch_id = d.pop("batchId", UNSET)

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

        date_canceled = d.pop("dateCanceled", UNSET)
        if date_canceled is not None and not isinstance(date_canceled, Unset):
            if not isinstance(date_canceled, str):
                raise TypeError()
            date_canceled_type_0 = datetime.datetime.fromisoformat(date_canceled)

            date_canceled = date_canceled_type_0

        date_required = d.pop("dateRequired", UNSET)
        if date_required is not None and not isinstance(date_required, Unset):
            if not isinstance(date_required, str):
                raise TypeError()
            date_required_type_0 = datetime.datetime.fromisoformat(date_required)

            date_required = date_required_type_0

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, list):
                raise TypeError()
            external_data_type_0 = [
                _models.InventoryV2ExternalDataModel.from_dict(
                    external_data_type_0_item_data
                )
                for external_data_type_0_item_data in external_data
            ]

            external_data = external_data_type_0

        invoice_id = d.pop("invoiceId", UNSET)

        job_id = d.pop("jobId", UNSET)

        picked_by_id = d.pop("pickedById", UNSET)

        picked_date = d.pop("pickedDate", UNSET)
        if picked_date is not None and not isinstance(picked_date, Unset):
            if not isinstance(picked_date, str):
                raise TypeError()
            picked_date_type_0 = datetime.datetime.fromisoformat(picked_date)

            picked_date = picked_date_type_0

        received_by_id = d.pop("receivedById", UNSET)

        received_date = d.pop("receivedDate", UNSET)
        if received_date is not None and not isinstance(received_date, Unset):
            if not isinstance(received_date, str):
                raise TypeError()
            received_date_type_0 = datetime.datetime.fromisoformat(received_date)

            received_date = received_date_type_0

        inventory_v2_export_transfers_response = cls(
            active,
            created_on,
            custom_fields,
            date,
            from_location_id,
            id,
            items,
            memo,
            modified_on,
            number,
            reference_number,
            status,
            sync_status,
            to_location_id,
            transfer_type,
            batch,
            batch_id,
            canceled_by_id,
            canceled_reason,
            created_by_id,
            date_canceled,
            date_required,
            external_data,
            invoice_id,
            job_id,
            picked_by_id,
            picked_date,
            received_by_id,
            received_date,
        )

        inventory_v2_export_transfers_response.additional_properties = dict(d)
        return inventory_v2_export_transfers_response

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
