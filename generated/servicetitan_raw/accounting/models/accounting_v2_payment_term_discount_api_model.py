from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_v2_discount_applied_by import AccountingV2DiscountAppliedBy
from ..models.accounting_v2_payment_term_apply_to import AccountingV2PaymentTermApplyTo
from ..models.accounting_v2_payment_term_value_type import (
    AccountingV2PaymentTermValueType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2PaymentTermDiscountAPIModel")


@_attrs_define
class AccountingV2PaymentTermDiscountAPIModel:
    """
    Attributes:
        account (None | str | Unset):
        apply_by (AccountingV2DiscountAppliedBy | None | Unset):
        apply_by_value (int | None | Unset):
        discount (float | None | Unset):
        discount_apply_to (AccountingV2PaymentTermApplyTo | None | Unset):
        discount_type (AccountingV2PaymentTermValueType | None | Unset):
        id (int | None | Unset):
    """

    account: None | str | Unset = UNSET
    apply_by: AccountingV2DiscountAppliedBy | None | Unset = UNSET
    apply_by_value: int | None | Unset = UNSET
    discount: float | None | Unset = UNSET
    discount_apply_to: AccountingV2PaymentTermApplyTo | None | Unset = UNSET
    discount_type: AccountingV2PaymentTermValueType | None | Unset = UNSET
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "account",
        "applyBy",
        "applyByValue",
        "discount",
        "discountApplyTo",
        "discountType",
        "id",
    )

    def to_dict(self) -> dict[str, Any]:
        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        apply_by: None | str | Unset
        if isinstance(self.apply_by, Unset):
            apply_by = UNSET
        elif isinstance(self.apply_by, AccountingV2DiscountAppliedBy):
            apply_by = self.apply_by.value
        else:
            apply_by = self.apply_by

        apply_by_value: int | None | Unset
        if isinstance(self.apply_by_value, Unset):
            apply_by_value = UNSET
        else:
            apply_by_value = self.apply_by_value

        discount: float | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        discount_apply_to: None | str | Unset
        if isinstance(self.discount_apply_to, Unset):
            discount_apply_to = UNSET
        elif isinstance(self.discount_apply_to, AccountingV2PaymentTermApplyTo):
            discount_apply_to = self.discount_apply_to.value
        else:
            discount_apply_to = self.discount_apply_to

        discount_type: None | str | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, AccountingV2PaymentTermValueType):
            discount_type = self.discount_type.value
        else:
            discount_type = self.discount_type

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if apply_by is not UNSET:
            field_dict["applyBy"] = apply_by
        if apply_by_value is not UNSET:
            field_dict["applyByValue"] = apply_by_value
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_apply_to is not UNSET:
            field_dict["discountApplyTo"] = discount_apply_to
        if discount_type is not UNSET:
            field_dict["discountType"] = discount_type
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        apply_by = d.pop("applyBy", UNSET)
        if apply_by is not None and not isinstance(apply_by, Unset):
            if not isinstance(apply_by, str):
                raise TypeError()
            apply_by_type_0 = AccountingV2DiscountAppliedBy(apply_by)

            apply_by = apply_by_type_0

        apply_by_value = d.pop("applyByValue", UNSET)

        discount = d.pop("discount", UNSET)

        discount_apply_to = d.pop("discountApplyTo", UNSET)
        if discount_apply_to is not None and not isinstance(discount_apply_to, Unset):
            if not isinstance(discount_apply_to, str):
                raise TypeError()
            discount_apply_to_type_0 = AccountingV2PaymentTermApplyTo(discount_apply_to)

            discount_apply_to = discount_apply_to_type_0

        discount_type = d.pop("discountType", UNSET)
        if discount_type is not None and not isinstance(discount_type, Unset):
            if not isinstance(discount_type, str):
                raise TypeError()
            discount_type_type_0 = AccountingV2PaymentTermValueType(discount_type)

            discount_type = discount_type_type_0

        id = d.pop("id", UNSET)

        accounting_v2_payment_term_discount_api_model = cls(
            account,
            apply_by,
            apply_by_value,
            discount,
            discount_apply_to,
            discount_type,
            id,
        )

        accounting_v2_payment_term_discount_api_model.additional_properties = dict(d)
        return accounting_v2_payment_term_discount_api_model

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
