from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.accounting_v2_payment_status import AccountingV2PaymentStatus
from ..models.accounting_v2_transaction_processing_status import (
    AccountingV2TransactionProcessingStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_payment_split_api_model import (
        AccountingV2PaymentSplitApiModel,
    )


T = TypeVar("T", bound="AccountingV2PaymentResponse")


@_attrs_define
class AccountingV2PaymentResponse:
    """
    Attributes:
        id (int):
        splits (list[AccountingV2PaymentSplitApiModel]):
        type_id (int):
        active (bool | None | Unset):
        auth_code (None | str | Unset):
        check_number (None | str | Unset):
        customer_id (int | None | Unset):
        export_id (None | str | Unset):
        memo (None | str | Unset):
        paid_on (datetime.datetime | None | Unset):
        status (AccountingV2PaymentStatus | None | Unset):
        transaction_status (AccountingV2TransactionProcessingStatus | None | Unset):
    """

    id: int
    splits: list[AccountingV2PaymentSplitApiModel]
    type_id: int
    active: bool | None | Unset = UNSET
    auth_code: None | str | Unset = UNSET
    check_number: None | str | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    export_id: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    paid_on: datetime.datetime | None | Unset = UNSET
    status: AccountingV2PaymentStatus | None | Unset = UNSET
    transaction_status: AccountingV2TransactionProcessingStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "splits",
        "typeId",
        "active",
        "authCode",
        "checkNumber",
        "customerId",
        "exportId",
        "memo",
        "paidOn",
        "status",
        "transactionStatus",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        splits = []
        for splits_item_data in self.splits:
            splits_item = splits_item_data.to_dict()
            splits.append(splits_item)

        type_id = self.type_id

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        auth_code: None | str | Unset
        if isinstance(self.auth_code, Unset):
            auth_code = UNSET
        else:
            auth_code = self.auth_code

        check_number: None | str | Unset
        if isinstance(self.check_number, Unset):
            check_number = UNSET
        else:
            check_number = self.check_number

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        export_id: None | str | Unset
        if isinstance(self.export_id, Unset):
            export_id = UNSET
        else:
            export_id = self.export_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        paid_on: None | str | Unset
        if isinstance(self.paid_on, Unset):
            paid_on = UNSET
        elif isinstance(self.paid_on, datetime.datetime):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AccountingV2PaymentStatus):
            status = self.status.value
        else:
            status = self.status

        transaction_status: None | str | Unset
        if isinstance(self.transaction_status, Unset):
            transaction_status = UNSET
        elif isinstance(
            self.transaction_status, AccountingV2TransactionProcessingStatus
        ):
            transaction_status = self.transaction_status.value
        else:
            transaction_status = self.transaction_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "splits": splits,
                "typeId": type_id,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if auth_code is not UNSET:
            field_dict["authCode"] = auth_code
        if check_number is not UNSET:
            field_dict["checkNumber"] = check_number
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if export_id is not UNSET:
            field_dict["exportId"] = export_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if paid_on is not UNSET:
            field_dict["paidOn"] = paid_on
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        splits = [
            _models.AccountingV2PaymentSplitApiModel.from_dict(splits_item_data)
            for splits_item_data in d.pop("splits")
        ]

        type_id = d.pop("typeId")

        active = d.pop("active", UNSET)

        auth_code = d.pop("authCode", UNSET)

        check_number = d.pop("checkNumber", UNSET)

        customer_id = d.pop("customerId", UNSET)

        export_id = d.pop("exportId", UNSET)

        memo = d.pop("memo", UNSET)

        paid_on = d.pop("paidOn", UNSET)
        if paid_on is not None and not isinstance(paid_on, Unset):
            if not isinstance(paid_on, str):
                raise TypeError()
            paid_on_type_0 = datetime.datetime.fromisoformat(paid_on)

            paid_on = paid_on_type_0

        status = d.pop("status", UNSET)
        if status is not None and not isinstance(status, Unset):
            if not isinstance(status, str):
                raise TypeError()
            status_type_0 = AccountingV2PaymentStatus(status)

            status = status_type_0

        transaction_status = d.pop("transactionStatus", UNSET)
        if transaction_status is not None and not isinstance(transaction_status, Unset):
            if not isinstance(transaction_status, str):
                raise TypeError()
            transaction_status_type_0 = AccountingV2TransactionProcessingStatus(
                transaction_status
            )

            transaction_status = transaction_status_type_0

        accounting_v2_payment_response = cls(
            id,
            splits,
            type_id,
            active,
            auth_code,
            check_number,
            customer_id,
            export_id,
            memo,
            paid_on,
            status,
            transaction_status,
        )

        accounting_v2_payment_response.additional_properties = dict(d)
        return accounting_v2_payment_response

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
