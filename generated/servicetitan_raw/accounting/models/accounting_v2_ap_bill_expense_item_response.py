from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )
    from ..models.accounting_v2gl_account_response import AccountingV2GLAccountResponse


T = TypeVar("T", bound="AccountingV2ApBillExpenseItemResponse")


@_attrs_define
class AccountingV2ApBillExpenseItemResponse:
    """
    Attributes:
        amount (str):
        id (int):
        budget_code_id (int | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        description (None | str | Unset):
        general_ledger_account (AccountingV2GLAccountResponse | None | Unset):
        job (AccountingV2NamedFieldResponse | None | Unset):
        project_label_ids (list[int] | None | Unset):
    """

    amount: str
    id: int
    budget_code_id: int | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    description: None | str | Unset = UNSET
    general_ledger_account: AccountingV2GLAccountResponse | None | Unset = UNSET
    job: AccountingV2NamedFieldResponse | None | Unset = UNSET
    project_label_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "amount",
        "id",
        "budgetCodeId",
        "businessUnit",
        "description",
        "generalLedgerAccount",
        "job",
        "projectLabelIds",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2gl_account_response import (
            AccountingV2GLAccountResponse,
        )

        amount = self.amount

        id = self.id

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        general_ledger_account: dict[str, Any] | None | Unset
        if isinstance(self.general_ledger_account, Unset):
            general_ledger_account = UNSET
        elif isinstance(self.general_ledger_account, AccountingV2GLAccountResponse):
            general_ledger_account = self.general_ledger_account.to_dict()
        else:
            general_ledger_account = self.general_ledger_account

        job: dict[str, Any] | None | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, AccountingV2NamedFieldResponse):
            job = self.job.to_dict()
        else:
            job = self.job

        project_label_ids: list[int] | None | Unset
        if isinstance(self.project_label_ids, Unset):
            project_label_ids = UNSET
        elif isinstance(self.project_label_ids, list):
            project_label_ids = self.project_label_ids

        else:
            project_label_ids = self.project_label_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "id": id,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if description is not UNSET:
            field_dict["description"] = description
        if general_ledger_account is not UNSET:
            field_dict["generalLedgerAccount"] = general_ledger_account
        if job is not UNSET:
            field_dict["job"] = job
        if project_label_ids is not UNSET:
            field_dict["projectLabelIds"] = project_label_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        id = d.pop("id")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

        description = d.pop("description", UNSET)

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

        job = d.pop("job", UNSET)
        if job is not None and not isinstance(job, Unset):
            if not isinstance(job, dict):
                raise TypeError()
            job_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(job)

            job = job_type_0

        project_label_ids = d.pop("projectLabelIds", UNSET)
        if project_label_ids is not None and not isinstance(project_label_ids, Unset):
            if not isinstance(project_label_ids, list):
                raise TypeError()
            project_label_ids_type_0 = project_label_ids

            project_label_ids = project_label_ids_type_0

        accounting_v2_ap_bill_expense_item_response = cls(
            amount,
            id,
            budget_code_id,
            business_unit,
            description,
            general_ledger_account,
            job,
            project_label_ids,
        )

        accounting_v2_ap_bill_expense_item_response.additional_properties = dict(d)
        return accounting_v2_ap_bill_expense_item_response

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
