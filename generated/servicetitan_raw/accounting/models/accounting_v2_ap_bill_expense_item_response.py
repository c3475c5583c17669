from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2gl_account_response import (
            AccountingV2GLAccountResponse,
        )

        d = dict(src_dict)
        amount = d.pop("amount")

        id = d.pop("id")

        def _parse_budget_code_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        budget_code_id = _parse_budget_code_id(d.pop("budgetCodeId", UNSET))

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        def _parse_job(data: object) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        job = _parse_job(d.pop("job", UNSET))

        def _parse_project_label_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                project_label_ids_type_0 = cast(list[int], data)

                return project_label_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        project_label_ids = _parse_project_label_ids(d.pop("projectLabelIds", UNSET))

        accounting_v2_ap_bill_expense_item_response = cls(
            amount=amount,
            id=id,
            budget_code_id=budget_code_id,
            business_unit=business_unit,
            description=description,
            general_ledger_account=general_ledger_account,
            job=job,
            project_label_ids=project_label_ids,
        )

        accounting_v2_ap_bill_expense_item_response.additional_properties = d
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
