from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.accounting_v2_payment_status import AccountingV2PaymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_payment_split_api_model import (
        AccountingV2PaymentSplitApiModel,
    )


T = TypeVar("T", bound="AccountingV2PaymentCreateRequest")


@_attrs_define
class AccountingV2PaymentCreateRequest:
    """
    Attributes:
        type_id (int):
        amount (float | None | Unset):
        auth_code (None | str | Unset):
        check_number (None | str | Unset):
        customer_id (int | None | Unset):
        export_id (None | str | Unset):
        memo (None | str | Unset):
        paid_on (datetime.datetime | None | Unset):
        splits (list[AccountingV2PaymentSplitApiModel] | None | Unset):
        status (AccountingV2PaymentStatus | None | Unset):
    """

    type_id: int
    amount: float | None | Unset = UNSET
    auth_code: None | str | Unset = UNSET
    check_number: None | str | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    export_id: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    paid_on: datetime.datetime | None | Unset = UNSET
    splits: list[AccountingV2PaymentSplitApiModel] | None | Unset = UNSET
    status: AccountingV2PaymentStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "typeId",
        "amount",
        "authCode",
        "checkNumber",
        "customerId",
        "exportId",
        "memo",
        "paidOn",
        "splits",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

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

        splits: list[dict[str, Any]] | None | Unset
        if isinstance(self.splits, Unset):
            splits = UNSET
        elif isinstance(self.splits, list):
            splits = []
            for splits_type_0_item_data in self.splits:
                splits_type_0_item = splits_type_0_item_data.to_dict()
                splits.append(splits_type_0_item)

        else:
            splits = self.splits

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AccountingV2PaymentStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "typeId": type_id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
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
        if splits is not UNSET:
            field_dict["splits"] = splits
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_id = d.pop("typeId")

        amount = d.pop("amount", UNSET)

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

        splits = d.pop("splits", UNSET)
        if splits is not None and not isinstance(splits, Unset):
            if not isinstance(splits, list):
                raise TypeError()
            splits_type_0 = [
                _models.AccountingV2PaymentSplitApiModel.from_dict(
                    splits_type_0_item_data
                )
                for splits_type_0_item_data in splits
            ]

            splits = splits_type_0

        status = d.pop("status", UNSET)
        if status is not None and not isinstance(status, Unset):
            if not isinstance(status, str):
                raise TypeError()
            status_type_0 = AccountingV2PaymentStatus(status)

            status = status_type_0

        accounting_v2_payment_create_request = cls(
            type_id,
            amount,
            auth_code,
            check_number,
            customer_id,
            export_id,
            memo,
            paid_on,
            splits,
            status,
        )

        accounting_v2_payment_create_request.additional_properties = dict(d)
        return accounting_v2_payment_create_request

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
