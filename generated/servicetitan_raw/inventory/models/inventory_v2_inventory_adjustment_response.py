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
    from ..models.inventory_v2_inventory_adjustment_item_response import (
        InventoryV2InventoryAdjustmentItemResponse,
    )


T = TypeVar("T", bound="InventoryV2InventoryAdjustmentResponse")


@_attrs_define
class InventoryV2InventoryAdjustmentResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        custom_fields (list[InventoryV2CustomFieldResponse]):
        date (datetime.datetime):
        external_data (list[InventoryV2ExternalDataModel]):
        id (int):
        inventory_location_id (int):
        items (list[InventoryV2InventoryAdjustmentItemResponse]):
        memo (str):
        modified_on (datetime.datetime):
        number (str):
        reference_number (str):
        sync_status (InventoryV2SyncStatus):
        type_ (str):
        batch (InventoryV2BatchResponse | None | Unset):
        batch_id (int | None | Unset):
        business_unit_id (int | None | Unset):
        canceled_by_id (int | None | Unset):
        canceled_reason (InventoryV2InventoryReasonTransactionCanceled | None | Unset):
        created_by_id (int | None | Unset):
        date_canceled (datetime.datetime | None | Unset):
        invoice_id (int | None | Unset):
        project_id (int | None | Unset):
    """

    active: bool
    created_on: datetime.datetime
    custom_fields: list[InventoryV2CustomFieldResponse]
    date: datetime.datetime
    external_data: list[InventoryV2ExternalDataModel]
    id: int
    inventory_location_id: int
    items: list[InventoryV2InventoryAdjustmentItemResponse]
    memo: str
    modified_on: datetime.datetime
    number: str
    reference_number: str
    sync_status: InventoryV2SyncStatus
    type_: str
    batch: InventoryV2BatchResponse | None | Unset = UNSET
    batch_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    canceled_by_id: int | None | Unset = UNSET
    canceled_reason: InventoryV2InventoryReasonTransactionCanceled | None | Unset = (
        UNSET
    )
    created_by_id: int | None | Unset = UNSET
    date_canceled: datetime.datetime | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "customFields",
        "date",
        "externalData",
        "id",
        "inventoryLocationId",
        "items",
        "memo",
        "modifiedOn",
        "number",
        "referenceNumber",
        "syncStatus",
        "type",
        "batch",
        "batchId",
        "businessUnitId",
        "canceledById",
        "canceledReason",
        "createdById",
        "dateCanceled",
        "invoiceId",
        "projectId",
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

        external_data = []
        for external_data_item_data in self.external_data:
            external_data_item = external_data_item_data.to_dict()
            external_data.append(external_data_item)

        id = self.id

        inventory_location_id = self.inventory_location_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        memo = self.memo

        modified_on = self.modified_on.isoformat()

        number = self.number

        reference_number = self.reference_number

        sync_status = self.sync_status.value

        type_ = self.type_

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

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

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

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "customFields": custom_fields,
                "date": date,
                "externalData": external_data,
                "id": id,
                "inventoryLocationId": inventory_location_id,
                "items": items,
                "memo": memo,
                "modifiedOn": modified_on,
                "number": number,
                "referenceNumber": reference_number,
                "syncStatus": sync_status,
                "type": type_,
            }
        )
        if batch is not UNSET:
            field_dict["batch"] = batch
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if canceled_by_id is not UNSET:
            field_dict["canceledById"] = canceled_by_id
        if canceled_reason is not UNSET:
            field_dict["canceledReason"] = canceled_reason
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if date_canceled is not UNSET:
            field_dict["dateCanceled"] = date_canceled
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id

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

        external_data = [
            _models.InventoryV2ExternalDataModel.from_dict(external_data_item_data)
            for external_data_item_data in d.pop("externalData")
        ]

        id = d.pop("id")

        inventory_location_id = d.pop("inventoryLocationId")

        items = [
            _models.InventoryV2InventoryAdjustmentItemResponse.from_dict(
                items_item_data
            )
            for items_item_data in d.pop("items")
        ]

        memo = d.pop("memo")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        number = d.pop("number")

        reference_number = d.pop("referenceNumber")

        sync_status = InventoryV2SyncStatus(d.pop("syncStatus"))

        type_ = d.pop("type")

        batch = d.pop("batch", UNSET)
        if batch is not None and not isinstance(batch, Unset):
            if not isinstance(batch, dict):
                raise TypeError()
            batch_type_0 = _models.InventoryV2BatchResponse.from_dict(batch)

            batch = batch_type_0

        batch_id = d.pop("batchId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

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

        invoice_id = d.pop("invoiceId", UNSET)

        project_id = d.pop("projectId", UNSET)

        inventory_v2_inventory_adjustment_response = cls(
            active,
            created_on,
            custom_fields,
            date,
            external_data,
            id,
            inventory_location_id,
            items,
            memo,
            modified_on,
            number,
            reference_number,
            sync_status,
            type_,
            batch,
            batch_id,
            business_unit_id,
            canceled_by_id,
            canceled_reason,
            created_by_id,
            date_canceled,
            invoice_id,
            project_id,
        )

        inventory_v2_inventory_adjustment_response.additional_properties = dict(d)
        return inventory_v2_inventory_adjustment_response

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
