from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.accounting_v2_ap_credit_sync_status import AccountingV2ApCreditSyncStatus
from ..models.accounting_v2_ap_payment_status import AccountingV2ApPaymentStatus
from ..models.accounting_v2_vendor_credit_status import AccountingV2VendorCreditStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_ap_credit_split_model_response import (
        AccountingV2ApCreditSplitModelResponse,
    )
    from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
    from ..models.accounting_v2_custom_field_response import (
        AccountingV2CustomFieldResponse,
    )
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )


T = TypeVar("T", bound="AccountingV2ApCreditResponse")


@_attrs_define
class AccountingV2ApCreditResponse:
    """
    Attributes:
        active (bool):
        amount (float):
        applied_amount (float):
        created_on (datetime.datetime):
        date (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        payment_status (AccountingV2ApPaymentStatus):
        splits (list[AccountingV2ApCreditSplitModelResponse]):
        status (AccountingV2VendorCreditStatus):
        sync_status (AccountingV2ApCreditSyncStatus):
        batch (AccountingV2BatchResponse | None | Unset):
        budget_code_id (int | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        canceled_on (datetime.datetime | None | Unset):
        custom_fields (list[AccountingV2CustomFieldResponse] | None | Unset):
        inventory_return_id (int | None | Unset):
        job_id (int | None | Unset):
        memo (None | str | Unset):
        number (None | str | Unset):
        reference_number (None | str | Unset):
        remittance_vendor (AccountingV2NamedFieldResponse | None | Unset):
        vendor (AccountingV2NamedFieldResponse | None | Unset):
    """

    active: bool
    amount: float
    applied_amount: float
    created_on: datetime.datetime
    date: datetime.datetime
    id: int
    modified_on: datetime.datetime
    payment_status: AccountingV2ApPaymentStatus
    splits: list[AccountingV2ApCreditSplitModelResponse]
    status: AccountingV2VendorCreditStatus
    sync_status: AccountingV2ApCreditSyncStatus
    batch: AccountingV2BatchResponse | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    canceled_on: datetime.datetime | None | Unset = UNSET
    custom_fields: list[AccountingV2CustomFieldResponse] | None | Unset = UNSET
    inventory_return_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    remittance_vendor: AccountingV2NamedFieldResponse | None | Unset = UNSET
    vendor: AccountingV2NamedFieldResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "amount",
        "appliedAmount",
        "createdOn",
        "date",
        "id",
        "modifiedOn",
        "paymentStatus",
        "splits",
        "status",
        "syncStatus",
        "batch",
        "budgetCodeId",
        "businessUnit",
        "canceledOn",
        "customFields",
        "inventoryReturnId",
        "jobId",
        "memo",
        "number",
        "referenceNumber",
        "remittanceVendor",
        "vendor",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )

        active = self.active

        amount = self.amount

        applied_amount = self.applied_amount

        created_on = self.created_on.isoformat()

        date = self.date.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        payment_status = self.payment_status.value

        splits = []
        for splits_item_data in self.splits:
            splits_item = splits_item_data.to_dict()
            splits.append(splits_item)

        status = self.status.value

        sync_status = self.sync_status.value

        batch: dict[str, Any] | None | Unset
        if isinstance(self.batch, Unset):
            batch = UNSET
        elif isinstance(self.batch, AccountingV2BatchResponse):
            batch = self.batch.to_dict()
        else:
            batch = self.batch

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        business_unit: dict[str, Any] | None | Unset
        if isinstance(self.business_unit, Unset):
            business_unit = UNSET
        elif isinstance(self.business_unit, AccountingV2NamedFieldResponse):
            business_unit = self.business_unit.to_dict()
        else:
            business_unit = self.business_unit

        canceled_on: None | str | Unset
        if isinstance(self.canceled_on, Unset):
            canceled_on = UNSET
        elif isinstance(self.canceled_on, datetime.datetime):
            canceled_on = self.canceled_on.isoformat()
        else:
            canceled_on = self.canceled_on

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        inventory_return_id: int | None | Unset
        if isinstance(self.inventory_return_id, Unset):
            inventory_return_id = UNSET
        else:
            inventory_return_id = self.inventory_return_id

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

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        remittance_vendor: dict[str, Any] | None | Unset
        if isinstance(self.remittance_vendor, Unset):
            remittance_vendor = UNSET
        elif isinstance(self.remittance_vendor, AccountingV2NamedFieldResponse):
            remittance_vendor = self.remittance_vendor.to_dict()
        else:
            remittance_vendor = self.remittance_vendor

        vendor: dict[str, Any] | None | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        elif isinstance(self.vendor, AccountingV2NamedFieldResponse):
            vendor = self.vendor.to_dict()
        else:
            vendor = self.vendor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "amount": amount,
                "appliedAmount": applied_amount,
                "createdOn": created_on,
                "date": date,
                "id": id,
                "modifiedOn": modified_on,
                "paymentStatus": payment_status,
                "splits": splits,
                "status": status,
                "syncStatus": sync_status,
            }
        )
        if batch is not UNSET:
            field_dict["batch"] = batch
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if canceled_on is not UNSET:
            field_dict["canceledOn"] = canceled_on
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if inventory_return_id is not UNSET:
            field_dict["inventoryReturnId"] = inventory_return_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if number is not UNSET:
            field_dict["number"] = number
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if remittance_vendor is not UNSET:
            field_dict["remittanceVendor"] = remittance_vendor
        if vendor is not UNSET:
            field_dict["vendor"] = vendor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        amount = d.pop("amount")

        applied_amount = d.pop("appliedAmount")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        date = datetime.datetime.fromisoformat(d.pop("date"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        payment_status = AccountingV2ApPaymentStatus(d.pop("paymentStatus"))

        splits = [
            _models.AccountingV2ApCreditSplitModelResponse.from_dict(splits_item_data)
            for splits_item_data in d.pop("splits")
        ]

        status = AccountingV2VendorCreditStatus(d.pop("status"))

        sync_status = AccountingV2ApCreditSyncStatus(d.pop("syncStatus"))

        batch = d.pop("batch", UNSET)
        if batch is not None and not isinstance(batch, Unset):
            if not isinstance(batch, dict):
                raise TypeError()
            batch_type_0 = _models.AccountingV2BatchResponse.from_dict(batch)

            batch = batch_type_0

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

        canceled_on = d.pop("canceledOn", UNSET)
        if canceled_on is not None and not isinstance(canceled_on, Unset):
            if not isinstance(canceled_on, str):
                raise TypeError()
            canceled_on_type_0 = datetime.datetime.fromisoformat(canceled_on)

            canceled_on = canceled_on_type_0

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.AccountingV2CustomFieldResponse.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        inventory_return_id = d.pop("inventoryReturnId", UNSET)

        job_id = d.pop("jobId", UNSET)

        memo = d.pop("memo", UNSET)

        number = d.pop("number", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        remittance_vendor = d.pop("remittanceVendor", UNSET)
        if remittance_vendor is not None and not isinstance(remittance_vendor, Unset):
            if not isinstance(remittance_vendor, dict):
                raise TypeError()
            remittance_vendor_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                remittance_vendor
            )

            remittance_vendor = remittance_vendor_type_0

        vendor = d.pop("vendor", UNSET)
        if vendor is not None and not isinstance(vendor, Unset):
            if not isinstance(vendor, dict):
                raise TypeError()
            vendor_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(vendor)

            vendor = vendor_type_0

        accounting_v2_ap_credit_response = cls(
            active,
            amount,
            applied_amount,
            created_on,
            date,
            id,
            modified_on,
            payment_status,
            splits,
            status,
            sync_status,
            batch,
            budget_code_id,
            business_unit,
            canceled_on,
            custom_fields,
            inventory_return_id,
            job_id,
            memo,
            number,
            reference_number,
            remittance_vendor,
            vendor,
        )

        accounting_v2_ap_credit_response.additional_properties = dict(d)
        return accounting_v2_ap_credit_response

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
