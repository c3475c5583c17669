from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payroll_v2_timesheet_hourly_rate_type import (
    PayrollV2TimesheetHourlyRateType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollV2TimesheetCodesTimesheetCodeRateInfoResponse")


@_attrs_define
class PayrollV2TimesheetCodesTimesheetCodeRateInfoResponse:
    """
    Attributes:
        hourly_rate (PayrollV2TimesheetHourlyRateType):
        rate_multiplier (float):
        custom_hourly_rate (float | None | Unset):
    """

    hourly_rate: PayrollV2TimesheetHourlyRateType
    rate_multiplier: float
    custom_hourly_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "hourlyRate",
        "rateMultiplier",
        "customHourlyRate",
    )

    def to_dict(self) -> dict[str, Any]:
        hourly_rate = self.hourly_rate.value

        rate_multiplier = self.rate_multiplier

        custom_hourly_rate: float | None | Unset
        if isinstance(self.custom_hourly_rate, Unset):
            custom_hourly_rate = UNSET
        else:
            custom_hourly_rate = self.custom_hourly_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hourlyRate": hourly_rate,
                "rateMultiplier": rate_multiplier,
            }
        )
        if custom_hourly_rate is not UNSET:
            field_dict["customHourlyRate"] = custom_hourly_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hourly_rate = PayrollV2TimesheetHourlyRateType(d.pop("hourlyRate"))

        rate_multiplier = d.pop("rateMultiplier")

        custom_hourly_rate = d.pop("customHourlyRate", UNSET)

        payroll_v2_timesheet_codes_timesheet_code_rate_info_response = cls(
            hourly_rate,
            rate_multiplier,
            custom_hourly_rate,
        )

        payroll_v2_timesheet_codes_timesheet_code_rate_info_response.additional_properties = dict(
            d
        )
        return payroll_v2_timesheet_codes_timesheet_code_rate_info_response

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
