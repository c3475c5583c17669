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
    from ..models.accounting_v2_external_object_save_request import (
        AccountingV2ExternalObjectSaveRequest,
    )
    from ..models.accounting_v2_journal_entry_sku_save_request import (
        AccountingV2JournalEntrySkuSaveRequest,
    )
    from ..models.accounting_v2_journal_entry_transaction import (
        AccountingV2JournalEntryTransaction,
    )


T = TypeVar("T", bound="AccountingV2JournalEntryLineCreateRequest")


@_attrs_define
class AccountingV2JournalEntryLineCreateRequest:
    """
    Attributes:
        credit (float):
        debit (float):
        account_id (int | None | Unset):
        applied_to (AccountingV2JournalEntryTransaction | None | Unset):
        budget_code_id (int | None | Unset):
        business_unit_id (int | None | Unset):
        customer_id (int | None | Unset):
        customer_location_id (int | None | Unset):
        employee_id (int | None | Unset):
        external_objects (list[AccountingV2ExternalObjectSaveRequest] | None | Unset):
        internal_cost_type (AccountingV2JournalEntryCostType | None | Unset):
        inventory_location_id (int | None | Unset):
        job_id (int | None | Unset):
        memo (None | str | Unset):
        payment_type_id (int | None | Unset):
        post_date (datetime.date | None | Unset):
        project_id (int | None | Unset):
        quantity (float | None | Unset):
        service_agreement_id (int | None | Unset):
        sku (AccountingV2JournalEntrySkuSaveRequest | None | Unset):
        unit_amount (float | None | Unset):
        vendor_id (int | None | Unset):
    """

    credit: float
    debit: float
    account_id: int | None | Unset = UNSET
    applied_to: AccountingV2JournalEntryTransaction | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    customer_location_id: int | None | Unset = UNSET
    employee_id: int | None | Unset = UNSET
    external_objects: list[AccountingV2ExternalObjectSaveRequest] | None | Unset = UNSET
    internal_cost_type: AccountingV2JournalEntryCostType | None | Unset = UNSET
    inventory_location_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    payment_type_id: int | None | Unset = UNSET
    post_date: datetime.date | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    quantity: float | None | Unset = UNSET
    service_agreement_id: int | None | Unset = UNSET
    sku: AccountingV2JournalEntrySkuSaveRequest | None | Unset = UNSET
    unit_amount: float | None | Unset = UNSET
    vendor_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "credit",
        "debit",
        "accountId",
        "appliedTo",
        "budgetCodeId",
        "businessUnitId",
        "customerId",
        "customerLocationId",
        "employeeId",
        "externalObjects",
        "internalCostType",
        "inventoryLocationId",
        "jobId",
        "memo",
        "paymentTypeId",
        "postDate",
        "projectId",
        "quantity",
        "serviceAgreementId",
        "sku",
        "unitAmount",
        "vendorId",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_journal_entry_sku_save_request import (
            AccountingV2JournalEntrySkuSaveRequest,
        )
        from ..models.accounting_v2_journal_entry_transaction import (
            AccountingV2JournalEntryTransaction,
        )

        credit = self.credit

        debit = self.debit

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

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

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_location_id: int | None | Unset
        if isinstance(self.customer_location_id, Unset):
            customer_location_id = UNSET
        else:
            customer_location_id = self.customer_location_id

        employee_id: int | None | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        else:
            employee_id = self.employee_id

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

        inventory_location_id: int | None | Unset
        if isinstance(self.inventory_location_id, Unset):
            inventory_location_id = UNSET
        else:
            inventory_location_id = self.inventory_location_id

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        payment_type_id: int | None | Unset
        if isinstance(self.payment_type_id, Unset):
            payment_type_id = UNSET
        else:
            payment_type_id = self.payment_type_id

        post_date: None | str | Unset
        if isinstance(self.post_date, Unset):
            post_date = UNSET
        elif isinstance(self.post_date, datetime.date):
            post_date = self.post_date.isoformat()
        else:
            post_date = self.post_date

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        service_agreement_id: int | None | Unset
        if isinstance(self.service_agreement_id, Unset):
            service_agreement_id = UNSET
        else:
            service_agreement_id = self.service_agreement_id

        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, AccountingV2JournalEntrySkuSaveRequest):
            sku = self.sku.to_dict()
        else:
            sku = self.sku

        unit_amount: float | None | Unset
        if isinstance(self.unit_amount, Unset):
            unit_amount = UNSET
        else:
            unit_amount = self.unit_amount

        vendor_id: int | None | Unset
        if isinstance(self.vendor_id, Unset):
            vendor_id = UNSET
        else:
            vendor_id = self.vendor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit": credit,
                "debit": debit,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if applied_to is not UNSET:
            field_dict["appliedTo"] = applied_to
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_location_id is not UNSET:
            field_dict["customerLocationId"] = customer_location_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if external_objects is not UNSET:
            field_dict["externalObjects"] = external_objects
        if internal_cost_type is not UNSET:
            field_dict["internalCostType"] = internal_cost_type
        if inventory_location_id is not UNSET:
            field_dict["inventoryLocationId"] = inventory_location_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if payment_type_id is not UNSET:
            field_dict["paymentTypeId"] = payment_type_id
        if post_date is not UNSET:
            field_dict["postDate"] = post_date
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if service_agreement_id is not UNSET:
            field_dict["serviceAgreementId"] = service_agreement_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if unit_amount is not UNSET:
            field_dict["unitAmount"] = unit_amount
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credit = d.pop("credit")

        debit = d.pop("debit")

        account_id = d.pop("accountId", UNSET)

        applied_to = d.pop("appliedTo", UNSET)
        if applied_to is not None and not isinstance(applied_to, Unset):
            if not isinstance(applied_to, dict):
                raise TypeError()
            applied_to_type_0 = _models.AccountingV2JournalEntryTransaction.from_dict(
                applied_to
            )

            applied_to = applied_to_type_0

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        customer_location_id = d.pop("customerLocationId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        external_objects = d.pop("externalObjects", UNSET)
        if external_objects is not None and not isinstance(external_objects, Unset):
            if not isinstance(external_objects, list):
                raise TypeError()
            external_objects_type_0 = [
                _models.AccountingV2ExternalObjectSaveRequest.from_dict(
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

        inventory_location_id = d.pop("inventoryLocationId", UNSET)

        job_id = d.pop("jobId", UNSET)

        memo = d.pop("memo", UNSET)

        payment_type_id = d.pop("paymentTypeId", UNSET)

        post_date = d.pop("postDate", UNSET)
        if post_date is not None and not isinstance(post_date, Unset):
            if not isinstance(post_date, str):
                raise TypeError()
            post_date_type_0 = _date_of(post_date)

            post_date = post_date_type_0

        project_id = d.pop("projectId", UNSET)

        quantity = d.pop("quantity", UNSET)

        service_agreement_id = d.pop("serviceAgreementId", UNSET)

        sku = d.pop("sku", UNSET)
        if sku is not None and not isinstance(sku, Unset):
            if not isinstance(sku, dict):
                raise TypeError()
            sku_type_0 = _models.AccountingV2JournalEntrySkuSaveRequest.from_dict(sku)

            sku = sku_type_0

        unit_amount = d.pop("unitAmount", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        accounting_v2_journal_entry_line_create_request = cls(
            credit,
            debit,
            account_id,
            applied_to,
            budget_code_id,
            business_unit_id,
            customer_id,
            customer_location_id,
            employee_id,
            external_objects,
            internal_cost_type,
            inventory_location_id,
            job_id,
            memo,
            payment_type_id,
            post_date,
            project_id,
            quantity,
            service_agreement_id,
            sku,
            unit_amount,
            vendor_id,
        )

        accounting_v2_journal_entry_line_create_request.additional_properties = dict(d)
        return accounting_v2_journal_entry_line_create_request

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
