from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_v2_settlement_status import AccountingV2SettlementStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2PaymentSettlementUpdateRequest")


@_attrs_define
class AccountingV2PaymentSettlementUpdateRequest:
    """
    Attributes:
        id (int):
        settlement_date (datetime.datetime | None | Unset):
        settlement_status (AccountingV2SettlementStatus | None | Unset):
    """

    id: int
    settlement_date: datetime.datetime | None | Unset = UNSET
    settlement_status: AccountingV2SettlementStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "settlementDate",
        "settlementStatus",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        settlement_date: None | str | Unset
        if isinstance(self.settlement_date, Unset):
            settlement_date = UNSET
        elif isinstance(self.settlement_date, datetime.datetime):
            settlement_date = self.settlement_date.isoformat()
        else:
            settlement_date = self.settlement_date

        settlement_status: None | str | Unset
        if isinstance(self.settlement_status, Unset):
            settlement_status = UNSET
        elif isinstance(self.settlement_status, AccountingV2SettlementStatus):
            settlement_status = self.settlement_status.value
        else:
            settlement_status = self.settlement_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if settlement_date is not UNSET:
            field_dict["settlementDate"] = settlement_date
        if settlement_status is not UNSET:
            field_dict["settlementStatus"] = settlement_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        settlement_date = d.pop("settlementDate", UNSET)
        if settlement_date is not None and not isinstance(settlement_date, Unset):
            if not isinstance(settlement_date, str):
                raise TypeError()
            settlement_date_type_0 = datetime.datetime.fromisoformat(settlement_date)

            settlement_date = settlement_date_type_0

        settlement_status = d.pop("settlementStatus", UNSET)
        if settlement_status is not None and not isinstance(settlement_status, Unset):
            if not isinstance(settlement_status, str):
                raise TypeError()
            settlement_status_type_0 = AccountingV2SettlementStatus(settlement_status)

            settlement_status = settlement_status_type_0

        accounting_v2_payment_settlement_update_request = cls(
            id,
            settlement_date,
            settlement_status,
        )

        accounting_v2_payment_settlement_update_request.additional_properties = dict(d)
        return accounting_v2_payment_settlement_update_request

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
