from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_address_response import AccountingV2AddressResponse
    from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
    from ..models.accounting_v2_credit_memos_credit_memo_applied_to_code_response import (
        AccountingV2CreditMemosCreditMemoAppliedToCodeResponse,
    )
    from ..models.accounting_v2_custom_field_response import (
        AccountingV2CustomFieldResponse,
    )
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )
    from ..models.accounting_v2_sales_tax_response import AccountingV2SalesTaxResponse


T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemoPublicResponse")


@_attrs_define
class AccountingV2CreditMemosCreditMemoPublicResponse:
    """
    Attributes:
        active (bool):
        balance (float):
        created_on (datetime.datetime):
        date (datetime.date):
        id (int):
        modified_on (datetime.datetime):
        sales_tax (float):
        sub_total (float):
        total (float):
        applied_to (list[AccountingV2CreditMemosCreditMemoAppliedToCodeResponse] | None | Unset):
        batch (AccountingV2BatchResponse | None | Unset):
        business_unit (AccountingV2NamedFieldResponse | None | Unset):
        created_by (None | str | Unset):
        custom_fields (list[AccountingV2CustomFieldResponse] | None | Unset):
        customer (AccountingV2NamedFieldResponse | None | Unset):
        customer_address (AccountingV2AddressResponse | None | Unset):
        description (None | str | Unset):
        export_id (None | str | Unset):
        import_id (None | str | Unset):
        location (AccountingV2NamedFieldResponse | None | Unset):
        location_address (AccountingV2AddressResponse | None | Unset):
        modified_by (None | str | Unset):
        reference_number (None | str | Unset):
        sales_tax_code (AccountingV2SalesTaxResponse | None | Unset):
        sync_status (None | str | Unset):
    """

    active: bool
    balance: float
    created_on: datetime.datetime
    date: datetime.date
    id: int
    modified_on: datetime.datetime
    sales_tax: float
    sub_total: float
    total: float
    applied_to: (
        list[AccountingV2CreditMemosCreditMemoAppliedToCodeResponse] | None | Unset
    ) = UNSET
    batch: AccountingV2BatchResponse | None | Unset = UNSET
    business_unit: AccountingV2NamedFieldResponse | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    custom_fields: list[AccountingV2CustomFieldResponse] | None | Unset = UNSET
    customer: AccountingV2NamedFieldResponse | None | Unset = UNSET
    customer_address: AccountingV2AddressResponse | None | Unset = UNSET
    description: None | str | Unset = UNSET
    export_id: None | str | Unset = UNSET
    import_id: None | str | Unset = UNSET
    location: AccountingV2NamedFieldResponse | None | Unset = UNSET
    location_address: AccountingV2AddressResponse | None | Unset = UNSET
    modified_by: None | str | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    sales_tax_code: AccountingV2SalesTaxResponse | None | Unset = UNSET
    sync_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_address_response import AccountingV2AddressResponse
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2_sales_tax_response import (
            AccountingV2SalesTaxResponse,
        )

        active = self.active

        balance = self.balance

        created_on = self.created_on.isoformat()

        date = self.date.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        sales_tax = self.sales_tax

        sub_total = self.sub_total

        total = self.total

        applied_to: list[dict[str, Any]] | None | Unset
        if isinstance(self.applied_to, Unset):
            applied_to = UNSET
        elif isinstance(self.applied_to, list):
            applied_to = []
            for applied_to_type_0_item_data in self.applied_to:
                applied_to_type_0_item = applied_to_type_0_item_data.to_dict()
                applied_to.append(applied_to_type_0_item)

        else:
            applied_to = self.applied_to

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

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

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

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, AccountingV2NamedFieldResponse):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        customer_address: dict[str, Any] | None | Unset
        if isinstance(self.customer_address, Unset):
            customer_address = UNSET
        elif isinstance(self.customer_address, AccountingV2AddressResponse):
            customer_address = self.customer_address.to_dict()
        else:
            customer_address = self.customer_address

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        export_id: None | str | Unset
        if isinstance(self.export_id, Unset):
            export_id = UNSET
        else:
            export_id = self.export_id

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, AccountingV2NamedFieldResponse):
            location = self.location.to_dict()
        else:
            location = self.location

        location_address: dict[str, Any] | None | Unset
        if isinstance(self.location_address, Unset):
            location_address = UNSET
        elif isinstance(self.location_address, AccountingV2AddressResponse):
            location_address = self.location_address.to_dict()
        else:
            location_address = self.location_address

        modified_by: None | str | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
        else:
            modified_by = self.modified_by

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        sales_tax_code: dict[str, Any] | None | Unset
        if isinstance(self.sales_tax_code, Unset):
            sales_tax_code = UNSET
        elif isinstance(self.sales_tax_code, AccountingV2SalesTaxResponse):
            sales_tax_code = self.sales_tax_code.to_dict()
        else:
            sales_tax_code = self.sales_tax_code

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
                "balance": balance,
                "createdOn": created_on,
                "date": date,
                "id": id,
                "modifiedOn": modified_on,
                "salesTax": sales_tax,
                "subTotal": sub_total,
                "total": total,
            }
        )
        if applied_to is not UNSET:
            field_dict["appliedTo"] = applied_to
        if batch is not UNSET:
            field_dict["batch"] = batch
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_address is not UNSET:
            field_dict["customerAddress"] = customer_address
        if description is not UNSET:
            field_dict["description"] = description
        if export_id is not UNSET:
            field_dict["exportId"] = export_id
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if location is not UNSET:
            field_dict["location"] = location
        if location_address is not UNSET:
            field_dict["locationAddress"] = location_address
        if modified_by is not UNSET:
            field_dict["modifiedBy"] = modified_by
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if sales_tax_code is not UNSET:
            field_dict["salesTaxCode"] = sales_tax_code
        if sync_status is not UNSET:
            field_dict["syncStatus"] = sync_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.accounting_v2_address_response import AccountingV2AddressResponse
        from ..models.accounting_v2_batch_response import AccountingV2BatchResponse
        from ..models.accounting_v2_credit_memos_credit_memo_applied_to_code_response import (
            AccountingV2CreditMemosCreditMemoAppliedToCodeResponse,
        )
        from ..models.accounting_v2_custom_field_response import (
            AccountingV2CustomFieldResponse,
        )
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )
        from ..models.accounting_v2_sales_tax_response import (
            AccountingV2SalesTaxResponse,
        )

        d = dict(src_dict)
        active = d.pop("active")

        balance = d.pop("balance")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        date = datetime.date.fromisoformat(d.pop("date"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        sales_tax = d.pop("salesTax")

        sub_total = d.pop("subTotal")

        total = d.pop("total")

        def _parse_applied_to(
            data: object,
        ) -> (
            list[AccountingV2CreditMemosCreditMemoAppliedToCodeResponse] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                applied_to_type_0 = []
                _applied_to_type_0 = data
                for applied_to_type_0_item_data in _applied_to_type_0:
                    applied_to_type_0_item = AccountingV2CreditMemosCreditMemoAppliedToCodeResponse.from_dict(
                        applied_to_type_0_item_data
                    )

                    applied_to_type_0.append(applied_to_type_0_item)

                return applied_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AccountingV2CreditMemosCreditMemoAppliedToCodeResponse]
                | None
                | Unset,
                data,
            )

        applied_to = _parse_applied_to(d.pop("appliedTo", UNSET))

        def _parse_batch(data: object) -> AccountingV2BatchResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                batch_type_0 = AccountingV2BatchResponse.from_dict(data)

                return batch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2BatchResponse | None | Unset, data)

        batch = _parse_batch(d.pop("batch", UNSET))

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

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> list[AccountingV2CustomFieldResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = (
                        AccountingV2CustomFieldResponse.from_dict(
                            custom_fields_type_0_item_data
                        )
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountingV2CustomFieldResponse] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_customer(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_customer_address(
            data: object,
        ) -> AccountingV2AddressResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_address_type_0 = AccountingV2AddressResponse.from_dict(data)

                return customer_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2AddressResponse | None | Unset, data)

        customer_address = _parse_customer_address(d.pop("customerAddress", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_export_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        export_id = _parse_export_id(d.pop("exportId", UNSET))

        def _parse_import_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        import_id = _parse_import_id(d.pop("importId", UNSET))

        def _parse_location(
            data: object,
        ) -> AccountingV2NamedFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = AccountingV2NamedFieldResponse.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2NamedFieldResponse | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_location_address(
            data: object,
        ) -> AccountingV2AddressResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_address_type_0 = AccountingV2AddressResponse.from_dict(data)

                return location_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2AddressResponse | None | Unset, data)

        location_address = _parse_location_address(d.pop("locationAddress", UNSET))

        def _parse_modified_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified_by = _parse_modified_by(d.pop("modifiedBy", UNSET))

        def _parse_reference_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_number = _parse_reference_number(d.pop("referenceNumber", UNSET))

        def _parse_sales_tax_code(
            data: object,
        ) -> AccountingV2SalesTaxResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sales_tax_code_type_0 = AccountingV2SalesTaxResponse.from_dict(data)

                return sales_tax_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingV2SalesTaxResponse | None | Unset, data)

        sales_tax_code = _parse_sales_tax_code(d.pop("salesTaxCode", UNSET))

        def _parse_sync_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sync_status = _parse_sync_status(d.pop("syncStatus", UNSET))

        accounting_v2_credit_memos_credit_memo_public_response = cls(
            active=active,
            balance=balance,
            created_on=created_on,
            date=date,
            id=id,
            modified_on=modified_on,
            sales_tax=sales_tax,
            sub_total=sub_total,
            total=total,
            applied_to=applied_to,
            batch=batch,
            business_unit=business_unit,
            created_by=created_by,
            custom_fields=custom_fields,
            customer=customer,
            customer_address=customer_address,
            description=description,
            export_id=export_id,
            import_id=import_id,
            location=location,
            location_address=location_address,
            modified_by=modified_by,
            reference_number=reference_number,
            sales_tax_code=sales_tax_code,
            sync_status=sync_status,
        )

        accounting_v2_credit_memos_credit_memo_public_response.additional_properties = d
        return accounting_v2_credit_memos_credit_memo_public_response

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
