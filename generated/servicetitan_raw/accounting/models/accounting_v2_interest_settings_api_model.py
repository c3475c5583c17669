from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_v2_interest_charge_frequency import (
    AccountingV2InterestChargeFrequency,
)
from ..models.accounting_v2_interest_charge_method import (
    AccountingV2InterestChargeMethod,
)
from ..models.accounting_v2_interest_rate_type import AccountingV2InterestRateType
from ..models.accounting_v2_interest_target_invoice import (
    AccountingV2InterestTargetInvoice,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2InterestSettingsAPIModel")


@_attrs_define
class AccountingV2InterestSettingsAPIModel:
    """
    Attributes:
        frequency (AccountingV2InterestChargeFrequency):
        rate_type (AccountingV2InterestRateType):
        target_invoices (list[AccountingV2InterestTargetInvoice]):
        task_display_name (str):
        task_id (int):
        charge_method (AccountingV2InterestChargeMethod | None | Unset):
        flat_rate_value (float | None | Unset):
        grace_period (int | None | Unset):
        id (int | None | Unset):
        percentage_rate_value (float | None | Unset):
    """

    frequency: AccountingV2InterestChargeFrequency
    rate_type: AccountingV2InterestRateType
    target_invoices: list[AccountingV2InterestTargetInvoice]
    task_display_name: str
    task_id: int
    charge_method: AccountingV2InterestChargeMethod | None | Unset = UNSET
    flat_rate_value: float | None | Unset = UNSET
    grace_period: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    percentage_rate_value: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "frequency",
        "rateType",
        "targetInvoices",
        "taskDisplayName",
        "taskId",
        "chargeMethod",
        "flatRateValue",
        "gracePeriod",
        "id",
        "percentageRateValue",
    )

    def to_dict(self) -> dict[str, Any]:
        frequency = self.frequency.value

        rate_type = self.rate_type.value

        target_invoices = []
        for target_invoices_item_data in self.target_invoices:
            target_invoices_item = target_invoices_item_data.value
            target_invoices.append(target_invoices_item)

        task_display_name = self.task_display_name

        task_id = self.task_id

        charge_method: None | str | Unset
        if isinstance(self.charge_method, Unset):
            charge_method = UNSET
        elif isinstance(self.charge_method, AccountingV2InterestChargeMethod):
            charge_method = self.charge_method.value
        else:
            charge_method = self.charge_method

        flat_rate_value: float | None | Unset
        if isinstance(self.flat_rate_value, Unset):
            flat_rate_value = UNSET
        else:
            flat_rate_value = self.flat_rate_value

        grace_period: int | None | Unset
        if isinstance(self.grace_period, Unset):
            grace_period = UNSET
        else:
            grace_period = self.grace_period

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        percentage_rate_value: float | None | Unset
        if isinstance(self.percentage_rate_value, Unset):
            percentage_rate_value = UNSET
        else:
            percentage_rate_value = self.percentage_rate_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frequency": frequency,
                "rateType": rate_type,
                "targetInvoices": target_invoices,
                "taskDisplayName": task_display_name,
                "taskId": task_id,
            }
        )
        if charge_method is not UNSET:
            field_dict["chargeMethod"] = charge_method
        if flat_rate_value is not UNSET:
            field_dict["flatRateValue"] = flat_rate_value
        if grace_period is not UNSET:
            field_dict["gracePeriod"] = grace_period
        if id is not UNSET:
            field_dict["id"] = id
        if percentage_rate_value is not UNSET:
            field_dict["percentageRateValue"] = percentage_rate_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        frequency = AccountingV2InterestChargeFrequency(d.pop("frequency"))

        rate_type = AccountingV2InterestRateType(d.pop("rateType"))

        target_invoices = [
            AccountingV2InterestTargetInvoice(target_invoices_item_data)
            for target_invoices_item_data in d.pop("targetInvoices")
        ]

        task_display_name = d.pop("taskDisplayName")

        task_id = d.pop("taskId")

        charge_method = d.pop("chargeMethod", UNSET)
        if charge_method is not None and not isinstance(charge_method, Unset):
            if not isinstance(charge_method, str):
                raise TypeError()
            charge_method_type_0 = AccountingV2InterestChargeMethod(charge_method)

            charge_method = charge_method_type_0

        flat_rate_value = d.pop("flatRateValue", UNSET)

        grace_period = d.pop("gracePeriod", UNSET)

        id = d.pop("id", UNSET)

        percentage_rate_value = d.pop("percentageRateValue", UNSET)

        accounting_v2_interest_settings_api_model = cls(
            frequency,
            rate_type,
            target_invoices,
            task_display_name,
            task_id,
            charge_method,
            flat_rate_value,
            grace_period,
            id,
            percentage_rate_value,
        )

        accounting_v2_interest_settings_api_model.additional_properties = dict(d)
        return accounting_v2_interest_settings_api_model

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
