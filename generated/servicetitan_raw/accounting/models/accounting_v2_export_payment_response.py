from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_custom_field_model import AccountingCustomFieldModel
    from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )
    from ..models.accounting_v2_payment_applied_response import (
        AccountingV2PaymentAppliedResponse,
    )
    from ..models.accounting_v2gl_account_response import AccountingV2GLAccountResponse


T = TypeVar("T", bound="AccountingV2ExportPaymentResponse")


@_attrs_define
class AccountingV2ExportPaymentResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        applied_to (list[AccountingV2PaymentAppliedResponse] | None | Unset):
        auth_code (None | str | Unset):
        batch (AccountingV2BatchResponse | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        check_number (None | str | Unset):
        created_by (None | str | Unset):
        custom_fields (list[AccountingCustomFieldModel] | None | Unset):
        customer (AccountingV2NamedFieldResponse | None | Unset):
        date (datetime.datetime | None | Unset):
        deposit (AccountingV2NamedFieldResponse | None | Unset):
        general_ledger_account (AccountingV2GLAccountResponse | None | Unset):
        memo (None | str | Unset):
        reference_number (None | str | Unset):
        refunded_payment_id (int | None | Unset):
        sync_status (None | str | Unset):
        total (None | str | Unset):
        type_ (None | str | Unset):
        type_id (None | str | Unset):
        unapplied_amount (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    modified_on: datetime.datetime
    applied_to: list[AccountingV2PaymentAppliedResponse] | None | Unset = UNSET
    auth_code: None | str | Unset = UNSET
    batch: AccountingV2BatchResponse | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    check_number: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    custom_fields: list[AccountingCustomFieldModel] | None | Unset = UNSET
    customer: AccountingV2NamedFieldResponse | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    deposit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    general_ledger_account: AccountingV2GLAccountResponse | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    refunded_payment_id: int | None | Unset = UNSET
    sync_status: None | str | Unset = UNSET
    total: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    type_id: None | str | Unset = UNSET
    unapplied_amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "modifiedOn",
        "appliedTo",
        "authCode",
        "batch",
        "businessUnit",
        "checkNumber",
        "createdBy",
        "customFields",
        "customer",
        "date",
        "deposit",
        "generalLedgerAccount",
        "memo",
        "referenceNumber",
        "refundedPaymentId",
        "syncStatus",
        "total",
        "type",
        "typeId",
        "unappliedAmount",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2gl_account_response import (
            AccountingV2GLAccountResponse,
        )

        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        applied_to: list[dict[str, Any]] | None | Unset
        if isinstance(self.applied_to, Unset):
            applied_to = UNSET
        elif isinstance(self.applied_to, list):
            applied_to = []
            for applied_to_type_0_item_data in self.applied_to:
                applied_to_type_0_item = applied_to_type_0_item_data.to_dict()
                applied_to.append(applied_to_type_0_item)

        else:
            applied_to = self.applied_to

        auth_code: None | str | Unset
        if isinstance(self.auth_code, Unset):
            auth_code = UNSET
        else:
            auth_code = self.auth_code

        batch: dict[str, Any] | None | Unset
        if isinstance(self.batch, Unset):
            batch = UNSET
        elif isinstance(self.batch, AccountingV2BatchResponse):
            batch = self.batch.to_dict()
        else:
            batch = self.batch

        business_unit: dict[str, Any] | None | Unset
        if isinstance(self.business_unit, Unset):
            business_unit = UNSET
        elif isinstance(self.business_unit, AccountingV2NamedFieldResponse):
            business_unit = self.business_unit.to_dict()
        else:
            business_unit = self.business_unit

        check_number: None | str | Unset
        if isinstance(self.check_number, Unset):
            check_number = UNSET
        else:
            check_number = self.check_number

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

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

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, AccountingV2NamedFieldResponse):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        deposit: dict[str, Any] | None | Unset
        if isinstance(self.deposit, Unset):
            deposit = UNSET
        elif isinstance(self.deposit, AccountingV2NamedFieldResponse):
            deposit = self.deposit.to_dict()
        else:
            deposit = self.deposit

        general_ledger_account: dict[str, Any] | None | Unset
        if isinstance(self.general_ledger_account, Unset):
            general_ledger_account = UNSET
        elif isinstance(self.general_ledger_account, AccountingV2GLAccountResponse):
            general_ledger_account = self.general_ledger_account.to_dict()
        else:
            general_ledger_account = self.general_ledger_account

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        refunded_payment_id: int | None | Unset
        if isinstance(self.refunded_payment_id, Unset):
            refunded_payment_id = UNSET
        else:
            refunded_payment_id = self.refunded_payment_id

        sync_status: None | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        else:
            sync_status = self.sync_status

        total: None | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        type_id: None | str | Unset
        if isinstance(self.type_id, Unset):
            type_id = UNSET
        else:
            type_id = self.type_id

        unapplied_amount: None | str | Unset
        if isinstance(self.unapplied_amount, Unset):
            unapplied_amount = UNSET
        else:
            unapplied_amount = self.unapplied_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
            }
        )
        if applied_to is not UNSET:
            field_dict["appliedTo"] = applied_to
        if auth_code is not UNSET:
            field_dict["authCode"] = auth_code
        if batch is not UNSET:
            field_dict["batch"] = batch
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if check_number is not UNSET:
            field_dict["checkNumber"] = check_number
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if customer is not UNSET:
            field_dict["customer"] = customer
        if date is not UNSET:
            field_dict["date"] = date
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if general_ledger_account is not UNSET:
            field_dict["generalLedgerAccount"] = general_ledger_account
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if refunded_payment_id is not UNSET:
            field_dict["refundedPaymentId"] = refunded_payment_id
        if sync_status is not UNSET:
            field_dict["syncStatus"] = sync_status
        if total is not UNSET:
            field_dict["total"] = total
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["typeId"] = type_id
        if unapplied_amount is not UNSET:
            field_dict["unappliedAmount"] = unapplied_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        applied_to = d.pop("appliedTo", UNSET)
        if applied_to is not None and not isinstance(applied_to, Unset):
            if not isinstance(applied_to, list):
                raise TypeError()
            applied_to_type_0 = [
                _models.AccountingV2PaymentAppliedResponse.from_dict(
                    applied_to_type_0_item_data
                )
                for applied_to_type_0_item_data in applied_to
            ]

            applied_to = applied_to_type_0

        auth_code = d.pop("authCode", UNSET)

        batch = d.pop("batch", UNSET)
        if batch is not None and not isinstance(batch, Unset):
            if not isinstance(batch, dict):
                raise TypeError()
            batch_type_0 = _models.AccountingV2BatchResponse.from_dict(batch)

            batch = batch_type_0

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

        check_number = d.pop("checkNumber", UNSET)

        created_by = d.pop("createdBy", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.AccountingCustomFieldModel.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        customer = d.pop("customer", UNSET)
        if customer is not None and not isinstance(customer, Unset):
            if not isinstance(customer, dict):
                raise TypeError()
            customer_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(customer)

            customer = customer_type_0

        date = d.pop("date", UNSET)
        if date is not None and not isinstance(date, Unset):
            if not isinstance(date, str):
                raise TypeError()
            date_type_0 = datetime.datetime.fromisoformat(date)

            date = date_type_0

        deposit = d.pop("deposit", UNSET)
        if deposit is not None and not isinstance(deposit, Unset):
            if not isinstance(deposit, dict):
                raise TypeError()
            deposit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(deposit)

            deposit = deposit_type_0

        general_ledger_account = d.pop("generalLedgerAccount", UNSET)
        if general_ledger_account is not None and not isinstance(
            general_ledger_account, Unset
        ):
            if not isinstance(general_ledger_account, dict):
                raise TypeError()
            general_ledger_account_type_0 = (
                _models.AccountingV2GLAccountResponse.from_dict(general_ledger_account)
            )

            general_ledger_account = general_ledger_account_type_0

        memo = d.pop("memo", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        refunded_payment_id = d.pop("refundedPaymentId", UNSET)

        sync_status = d.pop("syncStatus", UNSET)

        total = d.pop("total", UNSET)

        type_ = d.pop("type", UNSET)

        type_id = d.pop("typeId", UNSET)

        unapplied_amount = d.pop("unappliedAmount", UNSET)

        accounting_v2_export_payment_response = cls(
            active,
            created_on,
            id,
            modified_on,
            applied_to,
            auth_code,
            batch,
            business_unit,
            check_number,
            created_by,
            custom_fields,
            customer,
            date,
            deposit,
            general_ledger_account,
            memo,
            reference_number,
            refunded_payment_id,
            sync_status,
            total,
            type_,
            type_id,
            unapplied_amount,
        )

        accounting_v2_export_payment_response.additional_properties = dict(d)
        return accounting_v2_export_payment_response

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
