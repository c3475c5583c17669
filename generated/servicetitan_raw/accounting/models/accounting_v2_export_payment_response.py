from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.accounting_custom_field_model import AccountingCustomFieldModel
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2_payment_applied_response import (
            AccountingV2PaymentAppliedResponse,
        )
        from ..models.accounting_v2gl_account_response import (
            AccountingV2GLAccountResponse,
        )

        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        def _parse_applied_to(
            data: object,
        ) -> list[AccountingV2PaymentAppliedResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                applied_to_type_0 = []
                _applied_to_type_0 = data
                for applied_to_type_0_item_data in _applied_to_type_0:
                    applied_to_type_0_item = (
                        AccountingV2PaymentAppliedResponse.from_dict(
                            applied_to_type_0_item_data
                        )
                    )

                    applied_to_type_0.append(applied_to_type_0_item)

                return applied_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountingV2PaymentAppliedResponse] | None | Unset, data)

        applied_to = _parse_applied_to(d.pop("appliedTo", UNSET))

        def _parse_auth_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_code = _parse_auth_code(d.pop("authCode", UNSET))

        def _parse_batch(data: object) -> AccountingV2BatchResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                batch_type_0 = AccountingV2BatchResponse.from_dict(data)

                return batch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2BatchResponse | None | Unset, data)

        batch = _parse_batch(d.pop("batch", UNSET))

        def _parse_business_unit(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_unit_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return business_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        business_unit = _parse_business_unit(d.pop("businessUnit", UNSET))

        def _parse_check_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        check_number = _parse_check_number(d.pop("checkNumber", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> list[AccountingCustomFieldModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = AccountingCustomFieldModel.from_dict(
                        custom_fields_type_0_item_data
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountingCustomFieldModel] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_customer(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_deposit(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deposit_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return deposit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        deposit = _parse_deposit(d.pop("deposit", UNSET))

        def _parse_general_ledger_account(
            data: object,
        ) -> AccountingV2GLAccountResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                general_ledger_account_type_0 = AccountingV2GLAccountResponse.from_dict(
                    data
                )

                return general_ledger_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2GLAccountResponse | None | Unset, data)

        general_ledger_account = _parse_general_ledger_account(
            d.pop("generalLedgerAccount", UNSET)
        )

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_reference_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_number = _parse_reference_number(d.pop("referenceNumber", UNSET))

        def _parse_refunded_payment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        refunded_payment_id = _parse_refunded_payment_id(
            d.pop("refundedPaymentId", UNSET)
        )

        def _parse_sync_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sync_status = _parse_sync_status(d.pop("syncStatus", UNSET))

        def _parse_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_id = _parse_type_id(d.pop("typeId", UNSET))

        def _parse_unapplied_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unapplied_amount = _parse_unapplied_amount(d.pop("unappliedAmount", UNSET))

        accounting_v2_export_payment_response = cls(
            active=active,
            created_on=created_on,
            id=id,
            modified_on=modified_on,
            applied_to=applied_to,
            auth_code=auth_code,
            batch=batch,
            business_unit=business_unit,
            check_number=check_number,
            created_by=created_by,
            custom_fields=custom_fields,
            customer=customer,
            date=date,
            deposit=deposit,
            general_ledger_account=general_ledger_account,
            memo=memo,
            reference_number=reference_number,
            refunded_payment_id=refunded_payment_id,
            sync_status=sync_status,
            total=total,
            type_=type_,
            type_id=type_id,
            unapplied_amount=unapplied_amount,
        )

        accounting_v2_export_payment_response.additional_properties = d
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
