from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.accounting_v2_ap_payment_method import AccountingV2ApPaymentMethod
from ..models.accounting_v2_ap_payment_status import AccountingV2ApPaymentStatus
from ..models.accounting_v2_ap_payment_sync_status import (
    AccountingV2ApPaymentSyncStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_ap_payment_split_api_model import (
        AccountingV2ApPaymentSplitApiModel,
    )
    from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
    from ..models.accounting_v2_custom_field_response import (
        AccountingV2CustomFieldResponse,
    )
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )
    from ..models.accounting_v2gl_account_response import AccountingV2GLAccountResponse


T = TypeVar("T", bound="AccountingV2ApPaymentResponse")


@_attrs_define
class AccountingV2ApPaymentResponse:
    """
    Attributes:
        amount (float):
        created_on (datetime.datetime):
        date (datetime.datetime):
        id (int):
        method (AccountingV2ApPaymentMethod):
        modified_on (datetime.datetime):
        splits (list[AccountingV2ApPaymentSplitApiModel]):
        status (AccountingV2ApPaymentStatus):
        sync_status (AccountingV2ApPaymentSyncStatus):
        active (bool | None | Unset):
        approved_date (datetime.datetime | None | Unset):
        batch (AccountingV2BatchResponse | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        custom_fields (list[AccountingV2CustomFieldResponse] | None | Unset):
        error_message (None | str | Unset):
        gl_account (AccountingV2GLAccountResponse | None | Unset):
        name (None | str | Unset):
        print_check (bool | None | Unset):
        remittance_vendor (AccountingV2NamedFieldResponse | None | Unset):
        vendor (AccountingV2NamedFieldResponse | None | Unset):
    """

    amount: float
    created_on: datetime.datetime
    date: datetime.datetime
    id: int
    method: AccountingV2ApPaymentMethod
    modified_on: datetime.datetime
    splits: list[AccountingV2ApPaymentSplitApiModel]
    status: AccountingV2ApPaymentStatus
    sync_status: AccountingV2ApPaymentSyncStatus
    active: bool | None | Unset = UNSET
    approved_date: datetime.datetime | None | Unset = UNSET
    batch: AccountingV2BatchResponse | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    custom_fields: list[AccountingV2CustomFieldResponse] | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    gl_account: AccountingV2GLAccountResponse | None | Unset = UNSET
    name: None | str | Unset = UNSET
    print_check: bool | None | Unset = UNSET
    remittance_vendor: AccountingV2NamedFieldResponse | None | Unset = UNSET
    vendor: AccountingV2NamedFieldResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "amount",
        "createdOn",
        "date",
        "id",
        "method",
        "modifiedOn",
        "splits",
        "status",
        "syncStatus",
        "active",
        "approvedDate",
        "batch",
        "businessUnit",
        "customFields",
        "errorMessage",
        "glAccount",
        "name",
        "printCheck",
        "remittanceVendor",
        "vendor",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2gl_account_response import (
            AccountingV2GLAccountResponse,
        )

        amount = self.amount

        created_on = self.created_on.isoformat()

        date = self.date.isoformat()

        id = self.id

        method = self.method.value

        modified_on = self.modified_on.isoformat()

        splits = []
        for splits_item_data in self.splits:
            splits_item = splits_item_data.to_dict()
            splits.append(splits_item)

        status = self.status.value

        sync_status = self.sync_status.value

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        approved_date: None | str | Unset
        if isinstance(self.approved_date, Unset):
            approved_date = UNSET
        elif isinstance(self.approved_date, datetime.datetime):
            approved_date = self.approved_date.isoformat()
        else:
            approved_date = self.approved_date

        batch: dict[str, Any] | None | Unset
        if isinstance(self.batch, Unset):
            batch = UNSET
        elif isinstance(self.batch, AccountingV2BatchResponse):
            batch = self.batch.to_dict()
        else:
            batch = self.batch

        business_unit: dict[str, Any] | None | Unset
        if isinstance(self.business_unit, Unset):
            business_unit = UNSET
        elif isinstance(self.business_unit, AccountingV2NamedFieldResponse):
            business_unit = self.business_unit.to_dict()
        else:
            business_unit = self.business_unit

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        gl_account: dict[str, Any] | None | Unset
        if isinstance(self.gl_account, Unset):
            gl_account = UNSET
        elif isinstance(self.gl_account, AccountingV2GLAccountResponse):
            gl_account = self.gl_account.to_dict()
        else:
            gl_account = self.gl_account

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        print_check: bool | None | Unset
        if isinstance(self.print_check, Unset):
            print_check = UNSET
        else:
            print_check = self.print_check

        remittance_vendor: dict[str, Any] | None | Unset
        if isinstance(self.remittance_vendor, Unset):
            remittance_vendor = UNSET
        elif isinstance(self.remittance_vendor, AccountingV2NamedFieldResponse):
            remittance_vendor = self.remittance_vendor.to_dict()
        else:
            remittance_vendor = self.remittance_vendor

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
                "amount": amount,
                "createdOn": created_on,
                "date": date,
                "id": id,
                "method": method,
                "modifiedOn": modified_on,
                "splits": splits,
                "status": status,
                "syncStatus": sync_status,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if approved_date is not UNSET:
            field_dict["approvedDate"] = approved_date
        if batch is not UNSET:
            field_dict["batch"] = batch
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if gl_account is not UNSET:
            field_dict["glAccount"] = gl_account
        if name is not UNSET:
            field_dict["name"] = name
        if print_check is not UNSET:
            field_dict["printCheck"] = print_check
        if remittance_vendor is not UNSET:
            field_dict["remittanceVendor"] = remittance_vendor
        if vendor is not UNSET:
            field_dict["vendor"] = vendor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        date = datetime.datetime.fromisoformat(d.pop("date"))

        id = d.pop("id")

        method = AccountingV2ApPaymentMethod(d.pop("method"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        splits = [
            _models.AccountingV2ApPaymentSplitApiModel.from_dict(splits_item_data)
            for splits_item_data in d.pop("splits")
        ]

        status = AccountingV2ApPaymentStatus(d.pop("status"))

        sync_status = AccountingV2ApPaymentSyncStatus(d.pop("syncStatus"))

        active = d.pop("active", UNSET)

        approved_date = d.pop("approvedDate", UNSET)
        if approved_date is not None and not isinstance(approved_date, Unset):
            if not isinstance(approved_date, str):
                raise TypeError()
            approved_date_type_0 = datetime.datetime.fromisoformat(approved_date)

            approved_date = approved_date_type_0

        batch = d.pop("batch", UNSET)
        if batch is not None and not isinstance(batch, Unset):
            if not isinstance(batch, dict):
                raise TypeError()
            batch_type_0 = _models.AccountingV2BatchResponse.from_dict(batch)

            batch = batch_type_0

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.AccountingV2CustomFieldResponse.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        error_message = d.pop("errorMessage", UNSET)

        gl_account = d.pop("glAccount", UNSET)
        if gl_account is not None and not isinstance(gl_account, Unset):
            if not isinstance(gl_account, dict):
                raise TypeError()
            gl_account_type_0 = _models.AccountingV2GLAccountResponse.from_dict(
                gl_account
            )

            gl_account = gl_account_type_0

        name = d.pop("name", UNSET)

        print_check = d.pop("printCheck", UNSET)

        remittance_vendor = d.pop("remittanceVendor", UNSET)
        if remittance_vendor is not None and not isinstance(remittance_vendor, Unset):
            if not isinstance(remittance_vendor, dict):
                raise TypeError()
            remittance_vendor_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                remittance_vendor
            )

            remittance_vendor = remittance_vendor_type_0

        vendor = d.pop("vendor", UNSET)
        if vendor is not None and not isinstance(vendor, Unset):
            if not isinstance(vendor, dict):
                raise TypeError()
            vendor_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(vendor)

            vendor = vendor_type_0

        accounting_v2_ap_payment_response = cls(
            amount,
            created_on,
            date,
            id,
            method,
            modified_on,
            splits,
            status,
            sync_status,
            active,
            approved_date,
            batch,
            business_unit,
            custom_fields,
            error_message,
            gl_account,
            name,
            print_check,
            remittance_vendor,
            vendor,
        )

        accounting_v2_ap_payment_response.additional_properties = dict(d)
        return accounting_v2_ap_payment_response

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
