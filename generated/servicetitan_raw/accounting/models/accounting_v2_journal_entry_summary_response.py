from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_general_ledger_account import (
        AccountingV2GeneralLedgerAccount,
    )
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )


T = TypeVar("T", bound="AccountingV2JournalEntrySummaryResponse")


@_attrs_define
class AccountingV2JournalEntrySummaryResponse:
    """
    Attributes:
        account (AccountingV2GeneralLedgerAccount):
        credit (float):
        debit (float):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        memo (None | str | Unset):
        post_date (datetime.datetime | None | Unset):
    """

    account: AccountingV2GeneralLedgerAccount
    credit: float
    debit: float
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    post_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "account",
        "credit",
        "debit",
        "businessUnit",
        "memo",
        "postDate",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )

        account = self.account.to_dict()

        credit = self.credit

        debit = self.debit

        business_unit: dict[str, Any] | None | Unset
        if isinstance(self.business_unit, Unset):
            business_unit = UNSET
        elif isinstance(self.business_unit, AccountingV2NamedFieldResponse):
            business_unit = self.business_unit.to_dict()
        else:
            business_unit = self.business_unit

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        post_date: None | str | Unset
        if isinstance(self.post_date, Unset):
            post_date = UNSET
        elif isinstance(self.post_date, datetime.datetime):
            post_date = self.post_date.isoformat()
        else:
            post_date = self.post_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "credit": credit,
                "debit": debit,
            }
        )
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if memo is not UNSET:
            field_dict["memo"] = memo
        if post_date is not UNSET:
            field_dict["postDate"] = post_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = _models.AccountingV2GeneralLedgerAccount.from_dict(d.pop("account"))

        credit = d.pop("credit")

        debit = d.pop("debit")

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

        memo = d.pop("memo", UNSET)

        post_date = d.pop("postDate", UNSET)
        if post_date is not None and not isinstance(post_date, Unset):
            if not isinstance(post_date, str):
                raise TypeError()
            post_date_type_0 = datetime.datetime.fromisoformat(post_date)

            post_date = post_date_type_0

        accounting_v2_journal_entry_summary_response = cls(
            account,
            credit,
            debit,
            business_unit,
            memo,
            post_date,
        )

        accounting_v2_journal_entry_summary_response.additional_properties = dict(d)
        return accounting_v2_journal_entry_summary_response

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
