from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_credit_memos_credit_memo_item_gl_account_response import (
        AccountingV2CreditMemosCreditMemoItemGLAccountResponse,
    )
    from ..models.accounting_v2_credit_memos_credit_memo_item_named_entity_response import (
        AccountingV2CreditMemosCreditMemoItemNamedEntityResponse,
    )


T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemosItemsPublicResponse")


@_attrs_define
class AccountingV2CreditMemosCreditMemosItemsPublicResponse:
    """
    Attributes:
        active (bool):
        cost (float):
        created_on (datetime.datetime):
        credit_memo_id (int):
        id (int):
        price (float):
        quantity (float):
        sku_id (int):
        taxable (bool):
        total (float):
        business_unit (AccountingV2CreditMemosCreditMemoItemNamedEntityResponse | None | Unset):
        created_by (None | str | Unset):
        description (None | str | Unset):
        expenses_general_ledger_account (AccountingV2CreditMemosCreditMemoItemGLAccountResponse | None | Unset):
        revenue_general_ledger_account (AccountingV2CreditMemosCreditMemoItemGLAccountResponse | None | Unset):
        sku_name (None | str | Unset):
        type_ (None | str | Unset):
    """

    active: bool
    cost: float
    created_on: datetime.datetime
    credit_memo_id: int
    id: int
    price: float
    quantity: float
    sku_id: int
    taxable: bool
    total: float
    business_unit: (
        AccountingV2CreditMemosCreditMemoItemNamedEntityResponse | None | Unset
    ) = UNSET
    created_by: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    expenses_general_ledger_account: (
        AccountingV2CreditMemosCreditMemoItemGLAccountResponse | None | Unset
    ) = UNSET
    revenue_general_ledger_account: (
        AccountingV2CreditMemosCreditMemoItemGLAccountResponse | None | Unset
    ) = UNSET
    sku_name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "cost",
        "createdOn",
        "creditMemoId",
        "id",
        "price",
        "quantity",
        "skuId",
        "taxable",
        "total",
        "businessUnit",
        "createdBy",
        "description",
        "expensesGeneralLedgerAccount",
        "revenueGeneralLedgerAccount",
        "skuName",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_credit_memos_credit_memo_item_gl_account_response import (
            AccountingV2CreditMemosCreditMemoItemGLAccountResponse,
        )
        from ..models.accounting_v2_credit_memos_credit_memo_item_named_entity_response import (
            AccountingV2CreditMemosCreditMemoItemNamedEntityResponse,
        )

        active = self.active

        cost = self.cost

        created_on = self.created_on.isoformat()

        credit_memo_id = self.credit_memo_id

        id = self.id

        price = self.price

        quantity = self.quantity

        sku_id = self.sku_id

        taxable = self.taxable

        total = self.total

        business_unit: dict[str, Any] | None | Unset
        if isinstance(self.business_unit, Unset):
            business_unit = UNSET
        elif isinstance(
            self.business_unit, AccountingV2CreditMemosCreditMemoItemNamedEntityResponse
        ):
            business_unit = self.business_unit.to_dict()
        else:
            business_unit = self.business_unit

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        expenses_general_ledger_account: dict[str, Any] | None | Unset
        if isinstance(self.expenses_general_ledger_account, Unset):
            expenses_general_ledger_account = UNSET
        elif isinstance(
            self.expenses_general_ledger_account,
            AccountingV2CreditMemosCreditMemoItemGLAccountResponse,
        ):
            expenses_general_ledger_account = (
                self.expenses_general_ledger_account.to_dict()
            )
        else:
            expenses_general_ledger_account = self.expenses_general_ledger_account

        revenue_general_ledger_account: dict[str, Any] | None | Unset
        if isinstance(self.revenue_general_ledger_account, Unset):
            revenue_general_ledger_account = UNSET
        elif isinstance(
            self.revenue_general_ledger_account,
            AccountingV2CreditMemosCreditMemoItemGLAccountResponse,
        ):
            revenue_general_ledger_account = (
                self.revenue_general_ledger_account.to_dict()
            )
        else:
            revenue_general_ledger_account = self.revenue_general_ledger_account

        sku_name: None | str | Unset
        if isinstance(self.sku_name, Unset):
            sku_name = UNSET
        else:
            sku_name = self.sku_name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "cost": cost,
                "createdOn": created_on,
                "creditMemoId": credit_memo_id,
                "id": id,
                "price": price,
                "quantity": quantity,
                "skuId": sku_id,
                "taxable": taxable,
                "total": total,
            }
        )
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if expenses_general_ledger_account is not UNSET:
            field_dict["expensesGeneralLedgerAccount"] = expenses_general_ledger_account
        if revenue_general_ledger_account is not UNSET:
            field_dict["revenueGeneralLedgerAccount"] = revenue_general_ledger_account
        if sku_name is not UNSET:
            field_dict["skuName"] = sku_name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        cost = d.pop("cost")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        credit_memo_id = d.pop("creditMemoId")

        id = d.pop("id")

        price = d.pop("price")

        quantity = d.pop("quantity")

        sku_id = d.pop("skuId")

        taxable = d.pop("taxable")

        total = d.pop("total")

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.AccountingV2CreditMemosCreditMemoItemNamedEntityResponse.from_dict(
                business_unit
            )

            business_unit = business_unit_type_0

        created_by = d.pop("createdBy", UNSET)

        description = d.pop("description", UNSET)

        expenses_general_ledger_account = d.pop("expensesGeneralLedgerAccount", UNSET)
        if expenses_general_ledger_account is not None and not isinstance(
            expenses_general_ledger_account, Unset
        ):
            if not isinstance(expenses_general_ledger_account, dict):
                raise TypeError()
            expenses_general_ledger_account_type_0 = _models.AccountingV2CreditMemosCreditMemoItemGLAccountResponse.from_dict(
                expenses_general_ledger_account
            )

            expenses_general_ledger_account = expenses_general_ledger_account_type_0

        revenue_general_ledger_account = d.pop("revenueGeneralLedgerAccount", UNSET)
        if revenue_general_ledger_account is not None and not isinstance(
            revenue_general_ledger_account, Unset
        ):
            if not isinstance(revenue_general_ledger_account, dict):
                raise TypeError()
            revenue_general_ledger_account_type_0 = _models.AccountingV2CreditMemosCreditMemoItemGLAccountResponse.from_dict(
                revenue_general_ledger_account
            )

            revenue_general_ledger_account = revenue_general_ledger_account_type_0

        sku_name = d.pop("skuName", UNSET)

        type_ = d.pop("type", UNSET)

        accounting_v2_credit_memos_credit_memos_items_public_response = cls(
            active,
            cost,
            created_on,
            credit_memo_id,
            id,
            price,
            quantity,
            sku_id,
            taxable,
            total,
            business_unit,
            created_by,
            description,
            expenses_general_ledger_account,
            revenue_general_ledger_account,
            sku_name,
            type_,
        )

        accounting_v2_credit_memos_credit_memos_items_public_response.additional_properties = dict(
            d
        )
        return accounting_v2_credit_memos_credit_memos_items_public_response

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
