from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_bank_account_response import (
        AccountingV2BankAccountResponse,
    )
    from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
    from ..models.accounting_v2_fee_account_response import (
        AccountingV2FeeAccountResponse,
    )


T = TypeVar("T", bound="AccountingV2DetailedDepositResponse")


@_attrs_define
class AccountingV2DetailedDepositResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        deposit_date (datetime.datetime):
        gross_amount (float):
        id (int):
        net_amount (float):
        bank_account (AccountingV2BankAccountResponse | None | Unset):
        batch (AccountingV2BatchResponse | None | Unset):
        created_by (None | str | Unset):
        deposit_status (None | str | Unset):
        fee_account (AccountingV2FeeAccountResponse | None | Unset):
        fees (float | None | Unset):
        import_id (None | str | Unset):
        modified_on (datetime.datetime | None | Unset):
        name (None | str | Unset):
        review_status (None | str | Unset):
        reviewed_on (datetime.datetime | None | Unset):
        sync_status (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    deposit_date: datetime.datetime
    gross_amount: float
    id: int
    net_amount: float
    bank_account: AccountingV2BankAccountResponse | None | Unset = UNSET
    batch: AccountingV2BatchResponse | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    deposit_status: None | str | Unset = UNSET
    fee_account: AccountingV2FeeAccountResponse | None | Unset = UNSET
    fees: float | None | Unset = UNSET
    import_id: None | str | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    review_status: None | str | Unset = UNSET
    reviewed_on: datetime.datetime | None | Unset = UNSET
    sync_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "depositDate",
        "grossAmount",
        "id",
        "netAmount",
        "bankAccount",
        "batch",
        "createdBy",
        "depositStatus",
        "feeAccount",
        "fees",
        "importId",
        "modifiedOn",
        "name",
        "reviewStatus",
        "reviewedOn",
        "syncStatus",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_bank_account_response import (
            AccountingV2BankAccountResponse,
        )
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_fee_account_response import (
            AccountingV2FeeAccountResponse,
        )

        active = self.active

        created_on = self.created_on.isoformat()

        deposit_date = self.deposit_date.isoformat()

        gross_amount = self.gross_amount

        id = self.id

        net_amount = self.net_amount

        bank_account: dict[str, Any] | None | Unset
        if isinstance(self.bank_account, Unset):
            bank_account = UNSET
        elif isinstance(self.bank_account, AccountingV2BankAccountResponse):
            bank_account = self.bank_account.to_dict()
        else:
            bank_account = self.bank_account

        batch: dict[str, Any] | None | Unset
        if isinstance(self.batch, Unset):
            batch = UNSET
        elif isinstance(self.batch, AccountingV2BatchResponse):
            batch = self.batch.to_dict()
        else:
            batch = self.batch

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        deposit_status: None | str | Unset
        if isinstance(self.deposit_status, Unset):
            deposit_status = UNSET
        else:
            deposit_status = self.deposit_status

        fee_account: dict[str, Any] | None | Unset
        if isinstance(self.fee_account, Unset):
            fee_account = UNSET
        elif isinstance(self.fee_account, AccountingV2FeeAccountResponse):
            fee_account = self.fee_account.to_dict()
        else:
            fee_account = self.fee_account

        fees: float | None | Unset
        if isinstance(self.fees, Unset):
            fees = UNSET
        else:
            fees = self.fees

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        elif isinstance(self.modified_on, datetime.datetime):
            modified_on = self.modified_on.isoformat()
        else:
            modified_on = self.modified_on

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        review_status: None | str | Unset
        if isinstance(self.review_status, Unset):
            review_status = UNSET
        else:
            review_status = self.review_status

        reviewed_on: None | str | Unset
        if isinstance(self.reviewed_on, Unset):
            reviewed_on = UNSET
        elif isinstance(self.reviewed_on, datetime.datetime):
            reviewed_on = self.reviewed_on.isoformat()
        else:
            reviewed_on = self.reviewed_on

        sync_status: None | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        else:
            sync_status = self.sync_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "depositDate": deposit_date,
                "grossAmount": gross_amount,
                "id": id,
                "netAmount": net_amount,
            }
        )
        if bank_account is not UNSET:
            field_dict["bankAccount"] = bank_account
        if batch is not UNSET:
            field_dict["batch"] = batch
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if deposit_status is not UNSET:
            field_dict["depositStatus"] = deposit_status
        if fee_account is not UNSET:
            field_dict["feeAccount"] = fee_account
        if fees is not UNSET:
            field_dict["fees"] = fees
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if name is not UNSET:
            field_dict["name"] = name
        if review_status is not UNSET:
            field_dict["reviewStatus"] = review_status
        if reviewed_on is not UNSET:
            field_dict["reviewedOn"] = reviewed_on
        if sync_status is not UNSET:
            field_dict["syncStatus"] = sync_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        deposit_date = datetime.datetime.fromisoformat(d.pop("depositDate"))

        gross_amount = d.pop("grossAmount")

        id = d.pop("id")

        net_amount = d.pop("netAmount")

        bank_account = d.pop("bankAccount", UNSET)
        if bank_account is not None and not isinstance(bank_account, Unset):
            if not isinstance(bank_account, dict):
                raise TypeError()
            bank_account_type_0 = _models.AccountingV2BankAccountResponse.from_dict(
                bank_account
            )

            bank_account = bank_account_type_0

        batch = d.pop("batch", UNSET)
        if batch is not None and not isinstance(batch, Unset):
            if not isinstance(batch, dict):
                raise TypeError()
            batch_type_0 = _models.AccountingV2BatchResponse.from_dict(batch)

            batch = batch_type_0

        created_by = d.pop("createdBy", UNSET)

        deposit_status = d.pop("depositStatus", UNSET)

        fee_account = d.pop("feeAccount", UNSET)
        if fee_account is not None and not isinstance(fee_account, Unset):
            if not isinstance(fee_account, dict):
                raise TypeError()
            fee_account_type_0 = _models.AccountingV2FeeAccountResponse.from_dict(
                fee_account
            )

            fee_account = fee_account_type_0

        fees = d.pop("fees", UNSET)

        import_id = d.pop("importId", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)
        if modified_on is not None and not isinstance(modified_on, Unset):
            if not isinstance(modified_on, str):
                raise TypeError()
            modified_on_type_0 = datetime.datetime.fromisoformat(modified_on)

            modified_on = modified_on_type_0

        name = d.pop("name", UNSET)

        review_status = d.pop("reviewStatus", UNSET)

        reviewed_on = d.pop("reviewedOn", UNSET)
        if reviewed_on is not None and not isinstance(reviewed_on, Unset):
            if not isinstance(reviewed_on, str):
                raise TypeError()
            reviewed_on_type_0 = datetime.datetime.fromisoformat(reviewed_on)

            reviewed_on = reviewed_on_type_0

        sync_status = d.pop("syncStatus", UNSET)

        accounting_v2_detailed_deposit_response = cls(
            active,
            created_on,
            deposit_date,
            gross_amount,
            id,
            net_amount,
            bank_account,
            batch,
            created_by,
            deposit_status,
            fee_account,
            fees,
            import_id,
            modified_on,
            name,
            review_status,
            reviewed_on,
            sync_status,
        )

        accounting_v2_detailed_deposit_response.additional_properties = dict(d)
        return accounting_v2_detailed_deposit_response

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
