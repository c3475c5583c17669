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


T = TypeVar("T", bound="AccountingV2PaymentUpdateRequest")


@_attrs_define
class AccountingV2PaymentUpdateRequest:
    """
    Attributes:
        splits (list[AccountingV2PaymentSplitApiModel]):
        type_id (int):
        active (bool | Unset):
        auth_code (str | Unset):
        check_number (str | Unset):
        export_id (str | Unset):
        memo (str | Unset):
        paid_on (datetime.datetime | Unset):
        status (AccountingV2PaymentStatus | Unset):
    """

    splits: list[AccountingV2PaymentSplitApiModel]
    type_id: int
    active: bool | Unset = UNSET
    auth_code: str | Unset = UNSET
    check_number: str | Unset = UNSET
    export_id: str | Unset = UNSET
    memo: str | Unset = UNSET
    paid_on: datetime.datetime | Unset = UNSET
    status: AccountingV2PaymentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "splits",
        "typeId",
        "active",
        "authCode",
        "checkNumber",
        "exportId",
        "memo",
        "paidOn",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        splits = []
        for splits_item_data in self.splits:
            splits_item = splits_item_data.to_dict()
            splits.append(splits_item)

        type_id = self.type_id

        active = self.active

        auth_code = self.auth_code

        check_number = self.check_number

        export_id = self.export_id

        memo = self.memo

        paid_on: str | Unset = UNSET
        if not isinstance(self.paid_on, Unset):
            paid_on = self.paid_on.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if export_id is not UNSET:
            field_dict["exportId"] = export_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if paid_on is not UNSET:
            field_dict["paidOn"] = paid_on
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        splits = [
            _models.AccountingV2PaymentSplitApiModel.from_dict(splits_item_data)
            for splits_item_data in d.pop("splits")
        ]

        type_id = d.pop("typeId")

        active = d.pop("active", UNSET)

        auth_code = d.pop("authCode", UNSET)

        check_number = d.pop("checkNumber", UNSET)

        export_id = d.pop("exportId", UNSET)

        memo = d.pop("memo", UNSET)

        paid_on = d.pop("paidOn", UNSET)
        if not isinstance(paid_on, Unset):
            paid_on = datetime.datetime.fromisoformat(paid_on)

        status = d.pop("status", UNSET)
        if not isinstance(status, Unset):
            status = AccountingV2PaymentStatus(status)

        accounting_v2_payment_update_request = cls(
            splits,
            type_id,
            active,
            auth_code,
            check_number,
            export_id,
            memo,
            paid_on,
            status,
        )

        accounting_v2_payment_update_request.additional_properties = dict(d)
        return accounting_v2_payment_update_request

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
