from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._dates import date_of as _date_of
from .. import models as _models
from ..models.accounting_v2_journal_entry_cost_type import (
    AccountingV2JournalEntryCostType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_external_object_response import (
        AccountingV2ExternalObjectResponse,
    )
    from ..models.accounting_v2_general_ledger_account import (
        AccountingV2GeneralLedgerAccount,
    )
    from ..models.accounting_v2_journal_entry_sku import AccountingV2JournalEntrySku
    from ..models.accounting_v2_journal_entry_transaction import (
        AccountingV2JournalEntryTransaction,
    )
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )
    from ..models.accounting_v2_number_field_response import (
        AccountingV2NumberFieldResponse,
    )


T = TypeVar("T", bound="AccountingV2JournalEntryDetailsResponse")


@_attrs_define
class AccountingV2JournalEntryDetailsResponse:
    """
    Attributes:
        account (AccountingV2GeneralLedgerAccount):
        credit (float):
        debit (float):
        applied_to (AccountingV2JournalEntryTransaction | None | Unset):
        budget_code_id (int | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        customer (AccountingV2NamedFieldResponse | None | Unset):
        customer_location (AccountingV2NamedFieldResponse | None | Unset):
        external_objects (list[AccountingV2ExternalObjectResponse] | None | Unset):
        internal_cost_type (AccountingV2JournalEntryCostType | None | Unset):
        inventory_location (AccountingV2NamedFieldResponse | None | Unset):
        job (AccountingV2NumberFieldResponse | None | Unset):
        memo (None | str | Unset):
        payment_type (AccountingV2NamedFieldResponse | None | Unset):
        post_date (datetime.datetime | None | Unset):
        project (AccountingV2NumberFieldResponse | None | Unset):
        quantity (float | None | Unset):
        service_agreement (AccountingV2NumberFieldResponse | None | Unset):
        sku (AccountingV2JournalEntrySku | None | Unset):
        transaction (AccountingV2JournalEntryTransaction | None | Unset):
        transaction_date (datetime.date | None | Unset):
        unit_amount (float | None | Unset):
        vendor (AccountingV2NamedFieldResponse | None | Unset):
    """

    account: AccountingV2GeneralLedgerAccount
    credit: float
    debit: float
    applied_to: AccountingV2JournalEntryTransaction | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    customer: AccountingV2NamedFieldResponse | None | Unset = UNSET
    customer_location: AccountingV2NamedFieldResponse | None | Unset = UNSET
    external_objects: list[AccountingV2ExternalObjectResponse] | None | Unset = UNSET
    internal_cost_type: AccountingV2JournalEntryCostType | None | Unset = UNSET
    inventory_location: AccountingV2NamedFieldResponse | None | Unset = UNSET
    job: AccountingV2NumberFieldResponse | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    payment_type: AccountingV2NamedFieldResponse | None | Unset = UNSET
    post_date: datetime.datetime | None | Unset = UNSET
    project: AccountingV2NumberFieldResponse | None | Unset = UNSET
    quantity: float | None | Unset = UNSET
    service_agreement: AccountingV2NumberFieldResponse | None | Unset = UNSET
    sku: AccountingV2JournalEntrySku | None | Unset = UNSET
    transaction: AccountingV2JournalEntryTransaction | None | Unset = UNSET
    transaction_date: datetime.date | None | Unset = UNSET
    unit_amount: float | None | Unset = UNSET
    vendor: AccountingV2NamedFieldResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "account",
        "credit",
        "debit",
        "appliedTo",
        "budgetCodeId",
        "businessUnit",
        "customer",
        "customerLocation",
        "externalObjects",
        "internalCostType",
        "inventoryLocation",
        "job",
        "memo",
        "paymentType",
        "postDate",
        "project",
        "quantity",
        "serviceAgreement",
        "sku",
        "transaction",
        "transactionDate",
        "unitAmount",
        "vendor",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_journal_entry_sku import AccountingV2JournalEntrySku
        from ..models.accounting_v2_journal_entry_transaction import (
            AccountingV2JournalEntryTransaction,
        )
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2_number_field_response import (
            AccountingV2NumberFieldResponse,
        )

        account = self.account.to_dict()

        credit = self.credit

        debit = self.debit

        applied_to: dict[str, Any] | None | Unset
        if isinstance(self.applied_to, Unset):
            applied_to = UNSET
        elif isinstance(self.applied_to, AccountingV2JournalEntryTransaction):
            applied_to = self.applied_to.to_dict()
        else:
            applied_to = self.applied_to

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

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, AccountingV2NamedFieldResponse):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        customer_location: dict[str, Any] | None | Unset
        if isinstance(self.customer_location, Unset):
            customer_location = UNSET
        elif isinstance(self.customer_location, AccountingV2NamedFieldResponse):
            customer_location = self.customer_location.to_dict()
        else:
            customer_location = self.customer_location

        external_objects: list[dict[str, Any]] | None | Unset
        if isinstance(self.external_objects, Unset):
            external_objects = UNSET
        elif isinstance(self.external_objects, list):
            external_objects = []
            for external_objects_type_0_item_data in self.external_objects:
                external_objects_type_0_item = (
                    external_objects_type_0_item_data.to_dict()
                )
                external_objects.append(external_objects_type_0_item)

        else:
            external_objects = self.external_objects

        internal_cost_type: None | str | Unset
        if isinstance(self.internal_cost_type, Unset):
            internal_cost_type = UNSET
        elif isinstance(self.internal_cost_type, AccountingV2JournalEntryCostType):
            internal_cost_type = self.internal_cost_type.value
        else:
            internal_cost_type = self.internal_cost_type

        inventory_location: dict[str, Any] | None | Unset
        if isinstance(self.inventory_location, Unset):
            inventory_location = UNSET
        elif isinstance(self.inventory_location, AccountingV2NamedFieldResponse):
            inventory_location = self.inventory_location.to_dict()
        else:
            inventory_location = self.inventory_location

        job: dict[str, Any] | None | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, AccountingV2NumberFieldResponse):
            job = self.job.to_dict()
        else:
            job = self.job

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        payment_type: dict[str, Any] | None | Unset
        if isinstance(self.payment_type, Unset):
            payment_type = UNSET
        elif isinstance(self.payment_type, AccountingV2NamedFieldResponse):
            payment_type = self.payment_type.to_dict()
        else:
            payment_type = self.payment_type

        post_date: None | str | Unset
        if isinstance(self.post_date, Unset):
            post_date = UNSET
        elif isinstance(self.post_date, datetime.datetime):
            post_date = self.post_date.isoformat()
        else:
            post_date = self.post_date

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, AccountingV2NumberFieldResponse):
            project = self.project.to_dict()
        else:
            project = self.project

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        service_agreement: dict[str, Any] | None | Unset
        if isinstance(self.service_agreement, Unset):
            service_agreement = UNSET
        elif isinstance(self.service_agreement, AccountingV2NumberFieldResponse):
            service_agreement = self.service_agreement.to_dict()
        else:
            service_agreement = self.service_agreement

        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, AccountingV2JournalEntrySku):
            sku = self.sku.to_dict()
        else:
            sku = self.sku

        transaction: dict[str, Any] | None | Unset
        if isinstance(self.transaction, Unset):
            transaction = UNSET
        elif isinstance(self.transaction, AccountingV2JournalEntryTransaction):
            transaction = self.transaction.to_dict()
        else:
            transaction = self.transaction

        transaction_date: None | str | Unset
        if isinstance(self.transaction_date, Unset):
            transaction_date = UNSET
        elif isinstance(self.transaction_date, datetime.date):
            transaction_date = self.transaction_date.isoformat()
        else:
            transaction_date = self.transaction_date

        unit_amount: float | None | Unset
        if isinstance(self.unit_amount, Unset):
            unit_amount = UNSET
        else:
            unit_amount = self.unit_amount

        vendor: dict[str, Any] | None | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        elif isinstance(self.vendor, AccountingV2NamedFieldResponse):
            vendor = self.vendor.to_dict()
        else:
            vendor = self.vendor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "credit": credit,
                "debit": debit,
            }
        )
        if applied_to is not UNSET:
            field_dict["appliedTo"] = applied_to
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_location is not UNSET:
            field_dict["customerLocation"] = customer_location
        if external_objects is not UNSET:
            field_dict["externalObjects"] = external_objects
        if internal_cost_type is not UNSET:
            field_dict["internalCostType"] = internal_cost_type
        if inventory_location is not UNSET:
            field_dict["inventoryLocation"] = inventory_location
        if job is not UNSET:
            field_dict["job"] = job
        if memo is not UNSET:
            field_dict["memo"] = memo
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if post_date is not UNSET:
            field_dict["postDate"] = post_date
        if project is not UNSET:
            field_dict["project"] = project
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if service_agreement is not UNSET:
            field_dict["serviceAgreement"] = service_agreement
        if sku is not UNSET:
            field_dict["sku"] = sku
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if transaction_date is not UNSET:
            field_dict["transactionDate"] = transaction_date
        if unit_amount is not UNSET:
            field_dict["unitAmount"] = unit_amount
        if vendor is not UNSET:
            field_dict["vendor"] = vendor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = _models.AccountingV2GeneralLedgerAccount.from_dict(d.pop("account"))

        credit = d.pop("credit")

        debit = d.pop("debit")

        applied_to = d.pop("appliedTo", UNSET)
        if applied_to is not None and not isinstance(applied_to, Unset):
            if not isinstance(applied_to, dict):
                raise TypeError()
            applied_to_type_0 = _models.AccountingV2JournalEntryTransaction.from_dict(
                applied_to
            )

            applied_to = applied_to_type_0

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

        customer = d.pop("customer", UNSET)
        if customer is not None and not isinstance(customer, Unset):
            if not isinstance(customer, dict):
                raise TypeError()
            customer_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(customer)

            customer = customer_type_0

        customer_location = d.pop("customerLocation", UNSET)
        if customer_location is not None and not isinstance(customer_location, Unset):
            if not isinstance(customer_location, dict):
                raise TypeError()
            customer_location_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                customer_location
            )

            customer_location = customer_location_type_0

        external_objects = d.pop("externalObjects", UNSET)
        if external_objects is not None and not isinstance(external_objects, Unset):
            if not isinstance(external_objects, list):
                raise TypeError()
            external_objects_type_0 = [
                _models.AccountingV2ExternalObjectResponse.from_dict(
                    external_objects_type_0_item_data
                )
                for external_objects_type_0_item_data in external_objects
            ]

            external_objects = external_objects_type_0

        internal_cost_type = d.pop("internalCostType", UNSET)
        if internal_cost_type is not None and not isinstance(internal_cost_type, Unset):
            if not isinstance(internal_cost_type, str):
                raise TypeError()
            internal_cost_type_type_0 = AccountingV2JournalEntryCostType(
                internal_cost_type
            )

            internal_cost_type = internal_cost_type_type_0

        inventory_location = d.pop("inventoryLocation", UNSET)
        if inventory_location is not None and not isinstance(inventory_location, Unset):
            if not isinstance(inventory_location, dict):
                raise TypeError()
            inventory_location_type_0 = (
                _models.AccountingV2NamedFieldResponse.from_dict(inventory_location)
            )

            inventory_location = inventory_location_type_0

        job = d.pop("job", UNSET)
        if job is not None and not isinstance(job, Unset):
            if not isinstance(job, dict):
                raise TypeError()
            job_type_0 = _models.AccountingV2NumberFieldResponse.from_dict(job)

            job = job_type_0

        memo = d.pop("memo", UNSET)

        payment_type = d.pop("paymentType", UNSET)
        if payment_type is not None and not isinstance(payment_type, Unset):
            if not isinstance(payment_type, dict):
                raise TypeError()
            payment_type_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                payment_type
            )

            payment_type = payment_type_type_0

        post_date = d.pop("postDate", UNSET)
        if post_date is not None and not isinstance(post_date, Unset):
            if not isinstance(post_date, str):
                raise TypeError()
            post_date_type_0 = datetime.datetime.fromisoformat(post_date)

            post_date = post_date_type_0

        project = d.pop("project", UNSET)
        if project is not None and not isinstance(project, Unset):
            if not isinstance(project, dict):
                raise TypeError()
            project_type_0 = _models.AccountingV2NumberFieldResponse.from_dict(project)

            project = project_type_0

        quantity = d.pop("quantity", UNSET)

        service_agreement = d.pop("serviceAgreement", UNSET)
        if service_agreement is not None and not isinstance(service_agreement, Unset):
            if not isinstance(service_agreement, dict):
                raise TypeError()
            service_agreement_type_0 = (
                _models.AccountingV2NumberFieldResponse.from_dict(service_agreement)
            )

            service_agreement = service_agreement_type_0

        sku = d.pop("sku", UNSET)
        if sku is not None and not isinstance(sku, Unset):
            if not isinstance(sku, dict):
                raise TypeError()
            sku_type_0 = _models.AccountingV2JournalEntrySku.from_dict(sku)

            sku = sku_type_0

        transaction = d.pop("transaction", UNSET)
        if transaction is not None and not isinstance(transaction, Unset):
            if not isinstance(transaction, dict):
                raise TypeError()
            transaction_type_0 = _models.AccountingV2JournalEntryTransaction.from_dict(
                transaction
            )

            transaction = transaction_type_0

        transaction_date = d.pop("transactionDate", UNSET)
        if transaction_date is not None and not isinstance(transaction_date, Unset):
            if not isinstance(transaction_date, str):
                raise TypeError()
            transaction_date_type_0 = _date_of(transaction_date)

            transaction_date = transaction_date_type_0

        unit_amount = d.pop("unitAmount", UNSET)

        vendor = d.pop("vendor", UNSET)
        if vendor is not None and not isinstance(vendor, Unset):
            if not isinstance(vendor, dict):
                raise TypeError()
            vendor_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(vendor)

            vendor = vendor_type_0

        accounting_v2_journal_entry_details_response = cls(
            account,
            credit,
            debit,
            applied_to,
            budget_code_id,
            business_unit,
            customer,
            customer_location,
            external_objects,
            internal_cost_type,
            inventory_location,
            job,
            memo,
            payment_type,
            post_date,
            project,
            quantity,
            service_agreement,
            sku,
            transaction,
            transaction_date,
            unit_amount,
            vendor,
        )

        accounting_v2_journal_entry_details_response.additional_properties = dict(d)
        return accounting_v2_journal_entry_details_response

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
