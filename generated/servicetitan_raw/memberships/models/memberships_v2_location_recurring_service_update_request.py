from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_month import MembershipsV2Month
from ..models.memberships_v2_priority import MembershipsV2Priority
from ..models.memberships_v2_service_recurrence_duration import (
    MembershipsV2ServiceRecurrenceDuration,
)
from ..models.memberships_v2_service_recurrence_type import (
    MembershipsV2ServiceRecurrenceType,
)
from ..models.memberships_v2_week_day import MembershipsV2WeekDay
from ..models.memberships_v2_week_of_month import MembershipsV2WeekOfMonth
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2LocationRecurringServiceUpdateRequest")


@_attrs_define
class MembershipsV2LocationRecurringServiceUpdateRequest:
    """
    Attributes:
        active (bool | Unset):
        business_unit_id (int | Unset):
        campaign_id (int | Unset):
        duration_length (int | Unset):
        duration_type (MembershipsV2ServiceRecurrenceDuration | Unset):
        estimated_payroll_cost (float | None | Unset):
        from_ (datetime.datetime | Unset):
        invoice_template_for_following_years_id (int | None | Unset):
        invoice_template_id (int | None | Unset):
        job_start_time (None | str | Unset):
        job_summary (str | Unset):
        job_type_id (int | Unset):
        memo (str | Unset):
        name (str | Unset):
        preferred_technician_ids (list[int] | Unset):
        priority (MembershipsV2Priority | Unset):
        recurrence_day_of_nth_week (MembershipsV2WeekDay | None | Unset):
        recurrence_days_of_week (list[MembershipsV2WeekDay] | Unset):
        recurrence_interval (int | Unset):
        recurrence_months (list[MembershipsV2Month] | Unset):
        recurrence_type (MembershipsV2ServiceRecurrenceType | Unset):
        recurrence_week (MembershipsV2WeekOfMonth | Unset):
        recurring_service_type_id (int | Unset):
        tag_type_ids (list[int] | Unset):
    """

    active: bool | Unset = UNSET
    business_unit_id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    duration_length: int | Unset = UNSET
    duration_type: MembershipsV2ServiceRecurrenceDuration | Unset = UNSET
    estimated_payroll_cost: float | None | Unset = UNSET
    from_: datetime.datetime | Unset = UNSET
    invoice_template_for_following_years_id: int | None | Unset = UNSET
    invoice_template_id: int | None | Unset = UNSET
    job_start_time: None | str | Unset = UNSET
    job_summary: str | Unset = UNSET
    job_type_id: int | Unset = UNSET
    memo: str | Unset = UNSET
    name: str | Unset = UNSET
    preferred_technician_ids: list[int] | Unset = UNSET
    priority: MembershipsV2Priority | Unset = UNSET
    recurrence_day_of_nth_week: MembershipsV2WeekDay | None | Unset = UNSET
    recurrence_days_of_week: list[MembershipsV2WeekDay] | Unset = UNSET
    recurrence_interval: int | Unset = UNSET
    recurrence_months: list[MembershipsV2Month] | Unset = UNSET
    recurrence_type: MembershipsV2ServiceRecurrenceType | Unset = UNSET
    recurrence_week: MembershipsV2WeekOfMonth | Unset = UNSET
    recurring_service_type_id: int | Unset = UNSET
    tag_type_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitId",
        "campaignId",
        "durationLength",
        "durationType",
        "estimatedPayrollCost",
        "from",
        "invoiceTemplateForFollowingYearsId",
        "invoiceTemplateId",
        "jobStartTime",
        "jobSummary",
        "jobTypeId",
        "memo",
        "name",
        "preferredTechnicianIds",
        "priority",
        "recurrenceDayOfNthWeek",
        "recurrenceDaysOfWeek",
        "recurrenceInterval",
        "recurrenceMonths",
        "recurrenceType",
        "recurrenceWeek",
        "recurringServiceTypeId",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        business_unit_id = self.business_unit_id

        campaign_id = self.campaign_id

        duration_length = self.duration_length

        duration_type: str | Unset = UNSET
        if not isinstance(self.duration_type, Unset):
            duration_type = self.duration_type.value

        estimated_payroll_cost: float | None | Unset
        if isinstance(self.estimated_payroll_cost, Unset):
            estimated_payroll_cost = UNSET
        else:
            estimated_payroll_cost = self.estimated_payroll_cost

        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.isoformat()

        invoice_template_for_following_years_id: int | None | Unset
        if isinstance(self.invoice_template_for_following_years_id, Unset):
            invoice_template_for_following_years_id = UNSET
        else:
            invoice_template_for_following_years_id = (
                self.invoice_template_for_following_years_id
            )

        invoice_template_id: int | None | Unset
        if isinstance(self.invoice_template_id, Unset):
            invoice_template_id = UNSET
        else:
            invoice_template_id = self.invoice_template_id

        job_start_time: None | str | Unset
        if isinstance(self.job_start_time, Unset):
            job_start_time = UNSET
        else:
            job_start_time = self.job_start_time

        job_summary = self.job_summary

        job_type_id = self.job_type_id

        memo = self.memo

        name = self.name

        preferred_technician_ids: list[int] | Unset = UNSET
        if not isinstance(self.preferred_technician_ids, Unset):
            preferred_technician_ids = self.preferred_technician_ids

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        recurrence_day_of_nth_week: None | str | Unset
        if isinstance(self.recurrence_day_of_nth_week, Unset):
            recurrence_day_of_nth_week = UNSET
        elif isinstance(self.recurrence_day_of_nth_week, MembershipsV2WeekDay):
            recurrence_day_of_nth_week = self.recurrence_day_of_nth_week.value
        else:
            recurrence_day_of_nth_week = self.recurrence_day_of_nth_week

        recurrence_days_of_week: list[str] | Unset = UNSET
        if not isinstance(self.recurrence_days_of_week, Unset):
            recurrence_days_of_week = []
            for recurrence_days_of_week_item_data in self.recurrence_days_of_week:
                recurrence_days_of_week_item = recurrence_days_of_week_item_data.value
                recurrence_days_of_week.append(recurrence_days_of_week_item)

        recurrence_interval = self.recurrence_interval

        recurrence_months: list[str] | Unset = UNSET
        if not isinstance(self.recurrence_months, Unset):
            recurrence_months = []
            for recurrence_months_item_data in self.recurrence_months:
                recurrence_months_item = recurrence_months_item_data.value
                recurrence_months.append(recurrence_months_item)

        recurrence_type: str | Unset = UNSET
        if not isinstance(self.recurrence_type, Unset):
            recurrence_type = self.recurrence_type.value

        recurrence_week: str | Unset = UNSET
        if not isinstance(self.recurrence_week, Unset):
            recurrence_week = self.recurrence_week.value

        recurring_service_type_id = self.recurring_service_type_id

        tag_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_type_ids, Unset):
            tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if duration_length is not UNSET:
            field_dict["durationLength"] = duration_length
        if duration_type is not UNSET:
            field_dict["durationType"] = duration_type
        if estimated_payroll_cost is not UNSET:
            field_dict["estimatedPayrollCost"] = estimated_payroll_cost
        if from_ is not UNSET:
            field_dict["from"] = from_
        if invoice_template_for_following_years_id is not UNSET:
            field_dict["invoiceTemplateForFollowingYearsId"] = (
                invoice_template_for_following_years_id
            )
        if invoice_template_id is not UNSET:
            field_dict["invoiceTemplateId"] = invoice_template_id
        if job_start_time is not UNSET:
            field_dict["jobStartTime"] = job_start_time
        if job_summary is not UNSET:
            field_dict["jobSummary"] = job_summary
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if name is not UNSET:
            field_dict["name"] = name
        if preferred_technician_ids is not UNSET:
            field_dict["preferredTechnicianIds"] = preferred_technician_ids
        if priority is not UNSET:
            field_dict["priority"] = priority
        if recurrence_day_of_nth_week is not UNSET:
            field_dict["recurrenceDayOfNthWeek"] = recurrence_day_of_nth_week
        if recurrence_days_of_week is not UNSET:
            field_dict["recurrenceDaysOfWeek"] = recurrence_days_of_week
        if recurrence_interval is not UNSET:
            field_dict["recurrenceInterval"] = recurrence_interval
        if recurrence_months is not UNSET:
            field_dict["recurrenceMonths"] = recurrence_months
        if recurrence_type is not UNSET:
            field_dict["recurrenceType"] = recurrence_type
        if recurrence_week is not UNSET:
            field_dict["recurrenceWeek"] = recurrence_week
        if recurring_service_type_id is not UNSET:
            field_dict["recurringServiceTypeId"] = recurring_service_type_id
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        duration_length = d.pop("durationLength", UNSET)

        duration_type = d.pop("durationType", UNSET)
        if not isinstance(duration_type, Unset):
            duration_type = MembershipsV2ServiceRecurrenceDuration(duration_type)

        estimated_payroll_cost = d.pop("estimatedPayrollCost", UNSET)

        from_ = d.pop("from", UNSET)
        if not isinstance(from_, Unset):
            from_ = datetime.datetime.fromisoformat(from_)

        invoice_template_for_following_years_id = d.pop(
            "invoiceTemplateForFollowingYearsId", UNSET
        )

        invoice_template_id = d.pop("invoiceTemplateId", UNSET)

        job_start_time = d.pop("jobStartTime", UNSET)

        job_summary = d.pop("jobSummary", UNSET)

        job_type_id = d.pop("jobTypeId", UNSET)

        memo = d.pop("memo", UNSET)

        name = d.pop("name", UNSET)

        preferred_technician_ids = d.pop("preferredTechnicianIds", UNSET)

        priority = d.pop("priority", UNSET)
        if not isinstance(priority, Unset):
            priority = MembershipsV2Priority(priority)

        recurrence_day_of_nth_week = d.pop("recurrenceDayOfNthWeek", UNSET)
        if recurrence_day_of_nth_week is not None and not isinstance(
            recurrence_day_of_nth_week, Unset
        ):
            if not isinstance(recurrence_day_of_nth_week, str):
                raise TypeError()
            recurrence_day_of_nth_week_type_0 = MembershipsV2WeekDay(
                recurrence_day_of_nth_week
            )

            recurrence_day_of_nth_week = recurrence_day_of_nth_week_type_0

        recurrence_days_of_week = d.pop("recurrenceDaysOfWeek", UNSET)
        if recurrence_days_of_week is not UNSET:
            recurrence_days_of_week = [
                MembershipsV2WeekDay(recurrence_days_of_week_item_data)
                for recurrence_days_of_week_item_data in recurrence_days_of_week
            ]

        recurrence_interval = d.pop("recurrenceInterval", UNSET)

        recurrence_months = d.pop("recurrenceMonths", UNSET)
        if recurrence_months is not UNSET:
            recurrence_months = [
                MembershipsV2Month(recurrence_months_item_data)
                for recurrence_months_item_data in recurrence_months
            ]

        recurrence_type = d.pop("recurrenceType", UNSET)
        if not isinstance(recurrence_type, Unset):
            recurrence_type = MembershipsV2ServiceRecurrenceType(recurrence_type)

        recurrence_week = d.pop("recurrenceWeek", UNSET)
        if not isinstance(recurrence_week, Unset):
            recurrence_week = MembershipsV2WeekOfMonth(recurrence_week)

        recurring_service_type_id = d.pop("recurringServiceTypeId", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)

        memberships_v2_location_recurring_service_update_request = cls(
            active,
            business_unit_id,
            campaign_id,
            duration_length,
            duration_type,
            estimated_payroll_cost,
            from_,
            invoice_template_for_following_years_id,
            invoice_template_id,
            job_start_time,
            job_summary,
            job_type_id,
            memo,
            name,
            preferred_technician_ids,
            priority,
            recurrence_day_of_nth_week,
            recurrence_days_of_week,
            recurrence_interval,
            recurrence_months,
            recurrence_type,
            recurrence_week,
            recurring_service_type_id,
            tag_type_ids,
        )

        memberships_v2_location_recurring_service_update_request.additional_properties = dict(
            d
        )
        return memberships_v2_location_recurring_service_update_request

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
