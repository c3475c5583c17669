from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.accounting_v2_payment_term_due_day_type import (
    AccountingV2PaymentTermDueDayType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_interest_settings_api_model import (
        AccountingV2InterestSettingsAPIModel,
    )
    from ..models.accounting_v2_payment_term_discount_api_model import (
        AccountingV2PaymentTermDiscountAPIModel,
    )


T = TypeVar("T", bound="AccountingV2PaymentTermAPIModel")


@_attrs_define
class AccountingV2PaymentTermAPIModel:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        due_day_type (AccountingV2PaymentTermDueDayType):
        interest_settings (AccountingV2InterestSettingsAPIModel):
        is_customer_default (bool):
        is_vendor_default (bool):
        modified_on (datetime.datetime):
        payment_term_discount_model (AccountingV2PaymentTermDiscountAPIModel):
        due_day (int | None | Unset):
        id (int | None | Unset):
        in_use (bool | None | Unset):
        name (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    due_day_type: AccountingV2PaymentTermDueDayType
    interest_settings: AccountingV2InterestSettingsAPIModel
    is_customer_default: bool
    is_vendor_default: bool
    modified_on: datetime.datetime
    payment_term_discount_model: AccountingV2PaymentTermDiscountAPIModel
    due_day: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    in_use: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "dueDayType",
        "interestSettings",
        "isCustomerDefault",
        "isVendorDefault",
        "modifiedOn",
        "paymentTermDiscountModel",
        "dueDay",
        "id",
        "inUse",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        due_day_type = self.due_day_type.value

        interest_settings = self.interest_settings.to_dict()

        is_customer_default = self.is_customer_default

        is_vendor_default = self.is_vendor_default

        modified_on = self.modified_on.isoformat()

        payment_term_discount_model = self.payment_term_discount_model.to_dict()

        due_day: int | None | Unset
        if isinstance(self.due_day, Unset):
            due_day = UNSET
        else:
            due_day = self.due_day

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        in_use: bool | None | Unset
        if isinstance(self.in_use, Unset):
            in_use = UNSET
        else:
            in_use = self.in_use

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "dueDayType": due_day_type,
                "interestSettings": interest_settings,
                "isCustomerDefault": is_customer_default,
                "isVendorDefault": is_vendor_default,
                "modifiedOn": modified_on,
                "paymentTermDiscountModel": payment_term_discount_model,
            }
        )
        if due_day is not UNSET:
            field_dict["dueDay"] = due_day
        if id is not UNSET:
            field_dict["id"] = id
        if in_use is not UNSET:
            field_dict["inUse"] = in_use
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        due_day_type = AccountingV2PaymentTermDueDayType(d.pop("dueDayType"))

        interest_settings = _models.AccountingV2InterestSettingsAPIModel.from_dict(
            d.pop("interestSettings")
        )

        is_customer_default = d.pop("isCustomerDefault")

        is_vendor_default = d.pop("isVendorDefault")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        payment_term_discount_model = (
            _models.AccountingV2PaymentTermDiscountAPIModel.from_dict(
                d.pop("paymentTermDiscountModel")
            )
        )

        due_day = d.pop("dueDay", UNSET)

        id = d.pop("id", UNSET)

        in_use = d.pop("inUse", UNSET)

        name = d.pop("name", UNSET)

        accounting_v2_payment_term_api_model = cls(
            active,
            created_on,
            due_day_type,
            interest_settings,
            is_customer_default,
            is_vendor_default,
            modified_on,
            payment_term_discount_model,
            due_day,
            id,
            in_use,
            name,
        )

        accounting_v2_payment_term_api_model.additional_properties = dict(d)
        return accounting_v2_payment_term_api_model

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
