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

T = TypeVar("T", bound="MembershipsV2LocationRecurringServiceResponse")


@_attrs_define
class MembershipsV2LocationRecurringServiceResponse:
    """
    Attributes:
        active (bool):
        allocation (float):
        created_on (datetime.datetime):
        duration_length (int):
        duration_type (MembershipsV2ServiceRecurrenceDuration):
        first_visit_complete (bool):
        id (int):
        location_id (int):
        modified_on (datetime.datetime):
        name (str):
        priority (MembershipsV2Priority):
        recurrence_days_of_month (list[int]):
        recurrence_days_of_week (list[MembershipsV2WeekDay]):
        recurrence_interval (int):
        recurrence_months (list[MembershipsV2Month]):
        recurrence_type (MembershipsV2ServiceRecurrenceType):
        recurrence_week (MembershipsV2WeekOfMonth):
        recurring_service_type_id (int):
        tag_type_ids (list[int]):
        activated_from_id (int | None | Unset):
        business_unit_id (int | None | Unset):
        campaign_id (int | None | Unset):
        created_by_id (int | None | Unset):
        estimated_payroll_cost (float | None | Unset):
        from_ (datetime.datetime | None | Unset):
        import_id (None | str | Unset):
        invoice_template_for_following_years_id (int | None | Unset):
        invoice_template_id (int | None | Unset):
        job_start_time (None | str | Unset):
        job_summary (None | str | Unset):
        job_type_id (int | None | Unset):
        membership_id (int | None | Unset):
        memo (None | str | Unset):
        preferred_technician_ids (list[int] | None | Unset):
        recurrence_day_of_nth_week (MembershipsV2WeekDay | None | Unset):
        to (datetime.datetime | None | Unset):
    """

    active: bool
    allocation: float
    created_on: datetime.datetime
    duration_length: int
    duration_type: MembershipsV2ServiceRecurrenceDuration
    first_visit_complete: bool
    id: int
    location_id: int
    modified_on: datetime.datetime
    name: str
    priority: MembershipsV2Priority
    recurrence_days_of_month: list[int]
    recurrence_days_of_week: list[MembershipsV2WeekDay]
    recurrence_interval: int
    recurrence_months: list[MembershipsV2Month]
    recurrence_type: MembershipsV2ServiceRecurrenceType
    recurrence_week: MembershipsV2WeekOfMonth
    recurring_service_type_id: int
    tag_type_ids: list[int]
    activated_from_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    estimated_payroll_cost: float | None | Unset = UNSET
    from_: datetime.datetime | None | Unset = UNSET
    import_id: None | str | Unset = UNSET
    invoice_template_for_following_years_id: int | None | Unset = UNSET
    invoice_template_id: int | None | Unset = UNSET
    job_start_time: None | str | Unset = UNSET
    job_summary: None | str | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    membership_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    preferred_technician_ids: list[int] | None | Unset = UNSET
    recurrence_day_of_nth_week: MembershipsV2WeekDay | None | Unset = UNSET
    to: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "allocation",
        "createdOn",
        "durationLength",
        "durationType",
        "firstVisitComplete",
        "id",
        "locationId",
        "modifiedOn",
        "name",
        "priority",
        "recurrenceDaysOfMonth",
        "recurrenceDaysOfWeek",
        "recurrenceInterval",
        "recurrenceMonths",
        "recurrenceType",
        "recurrenceWeek",
        "recurringServiceTypeId",
        "tagTypeIds",
        "activatedFromId",
        "businessUnitId",
        "campaignId",
        "createdById",
        "estimatedPayrollCost",
        "from",
        "importId",
        "invoiceTemplateForFollowingYearsId",
        "invoiceTemplateId",
        "jobStartTime",
        "jobSummary",
        "jobTypeId",
        "membershipId",
        "memo",
        "preferredTechnicianIds",
        "recurrenceDayOfNthWeek",
        "to",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        allocation = self.allocation

        created_on = self.created_on.isoformat()

        duration_length = self.duration_length

        duration_type = self.duration_type.value

        first_visit_complete = self.first_visit_complete

        id = self.id

        location_id = self.location_id

        modified_on = self.modified_on.isoformat()

        name = self.name

        priority = self.priority.value

        recurrence_days_of_month = self.recurrence_days_of_month

        recurrence_days_of_week = []
        for recurrence_days_of_week_item_data in self.recurrence_days_of_week:
            recurrence_days_of_week_item = recurrence_days_of_week_item_data.value
            recurrence_days_of_week.append(recurrence_days_of_week_item)

        recurrence_interval = self.recurrence_interval

        recurrence_months = []
        for recurrence_months_item_data in self.recurrence_months:
            recurrence_months_item = recurrence_months_item_data.value
            recurrence_months.append(recurrence_months_item)

        recurrence_type = self.recurrence_type.value

        recurrence_week = self.recurrence_week.value

        recurring_service_type_id = self.recurring_service_type_id

        tag_type_ids = self.tag_type_ids

        activated_from_id: int | None | Unset
        if isinstance(self.activated_from_id, Unset):
            activated_from_id = UNSET
        else:
            activated_from_id = self.activated_from_id

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        estimated_payroll_cost: float | None | Unset
        if isinstance(self.estimated_payroll_cost, Unset):
            estimated_payroll_cost = UNSET
        else:
            estimated_payroll_cost = self.estimated_payroll_cost

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

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

        job_summary: None | str | Unset
        if isinstance(self.job_summary, Unset):
            job_summary = UNSET
        else:
            job_summary = self.job_summary

        job_type_id: int | None | Unset
        if isinstance(self.job_type_id, Unset):
            job_type_id = UNSET
        else:
            job_type_id = self.job_type_id

        membership_id: int | None | Unset
        if isinstance(self.membership_id, Unset):
            membership_id = UNSET
        else:
            membership_id = self.membership_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        preferred_technician_ids: list[int] | None | Unset
        if isinstance(self.preferred_technician_ids, Unset):
            preferred_technician_ids = UNSET
        elif isinstance(self.preferred_technician_ids, list):
            preferred_technician_ids = self.preferred_technician_ids

        else:
            preferred_technician_ids = self.preferred_technician_ids

        recurrence_day_of_nth_week: None | str | Unset
        if isinstance(self.recurrence_day_of_nth_week, Unset):
            recurrence_day_of_nth_week = UNSET
        elif isinstance(self.recurrence_day_of_nth_week, MembershipsV2WeekDay):
            recurrence_day_of_nth_week = self.recurrence_day_of_nth_week.value
        else:
            recurrence_day_of_nth_week = self.recurrence_day_of_nth_week

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.datetime):
            to = self.to.isoformat()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "allocation": allocation,
                "createdOn": created_on,
                "durationLength": duration_length,
                "durationType": duration_type,
                "firstVisitComplete": first_visit_complete,
                "id": id,
                "locationId": location_id,
                "modifiedOn": modified_on,
                "name": name,
                "priority": priority,
                "recurrenceDaysOfMonth": recurrence_days_of_month,
                "recurrenceDaysOfWeek": recurrence_days_of_week,
                "recurrenceInterval": recurrence_interval,
                "recurrenceMonths": recurrence_months,
                "recurrenceType": recurrence_type,
                "recurrenceWeek": recurrence_week,
                "recurringServiceTypeId": recurring_service_type_id,
                "tagTypeIds": tag_type_ids,
            }
        )
        if activated_from_id is not UNSET:
            field_dict["activatedFromId"] = activated_from_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if estimated_payroll_cost is not UNSET:
            field_dict["estimatedPayrollCost"] = estimated_payroll_cost
        if from_ is not UNSET:
            field_dict["from"] = from_
        if import_id is not UNSET:
            field_dict["importId"] = import_id
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
        if membership_id is not UNSET:
            field_dict["membershipId"] = membership_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if preferred_technician_ids is not UNSET:
            field_dict["preferredTechnicianIds"] = preferred_technician_ids
        if recurrence_day_of_nth_week is not UNSET:
            field_dict["recurrenceDayOfNthWeek"] = recurrence_day_of_nth_week
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        allocation = d.pop("allocation")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        duration_length = d.pop("durationLength")

        duration_type = MembershipsV2ServiceRecurrenceDuration(d.pop("durationType"))

        first_visit_complete = d.pop("firstVisitComplete")

        id = d.pop("id")

        location_id = d.pop("locationId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        priority = MembershipsV2Priority(d.pop("priority"))

        recurrence_days_of_month = d.pop("recurrenceDaysOfMonth")

        recurrence_days_of_week = [
            MembershipsV2WeekDay(recurrence_days_of_week_item_data)
            for recurrence_days_of_week_item_data in d.pop("recurrenceDaysOfWeek")
        ]

        recurrence_interval = d.pop("recurrenceInterval")

        recurrence_months = [
            MembershipsV2Month(recurrence_months_item_data)
            for recurrence_months_item_data in d.pop("recurrenceMonths")
        ]

        recurrence_type = MembershipsV2ServiceRecurrenceType(d.pop("recurrenceType"))

        recurrence_week = MembershipsV2WeekOfMonth(d.pop("recurrenceWeek"))

        recurring_service_type_id = d.pop("recurringServiceTypeId")

        tag_type_ids = d.pop("tagTypeIds")

        activated_from_id = d.pop("activatedFromId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        created_by_id = d.pop("createdById", UNSET)

        estimated_payroll_cost = d.pop("estimatedPayrollCost", UNSET)

        from_ = d.pop("from", UNSET)
        if from_ is not None and not isinstance(from_, Unset):
            if not isinstance(from_, str):
                raise TypeError()
            from_type_0 = datetime.datetime.fromisoformat(from_)

            from_ = from_type_0

        import_id = d.pop("importId", UNSET)

        invoice_template_for_following_years_id = d.pop(
            "invoiceTemplateForFollowingYearsId", UNSET
        )

        invoice_template_id = d.pop("invoiceTemplateId", UNSET)

        job_start_time = d.pop("jobStartTime", UNSET)

        job_summary = d.pop("jobSummary", UNSET)

        job_type_id = d.pop("jobTypeId", UNSET)

        membership_id = d.pop("membershipId", UNSET)

        memo = d.pop("memo", UNSET)

        preferred_technician_ids = d.pop("preferredTechnicianIds", UNSET)
        if preferred_technician_ids is not None and not isinstance(
            preferred_technician_ids, Unset
        ):
            if not isinstance(preferred_technician_ids, list):
                raise TypeError()
            preferred_technician_ids_type_0 = preferred_technician_ids

            preferred_technician_ids = preferred_technician_ids_type_0

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

        to = d.pop("to", UNSET)
        if to is not None and not isinstance(to, Unset):
            if not isinstance(to, str):
                raise TypeError()
            to_type_0 = datetime.datetime.fromisoformat(to)

            to = to_type_0

        memberships_v2_location_recurring_service_response = cls(
            active,
            allocation,
            created_on,
            duration_length,
            duration_type,
            first_visit_complete,
            id,
            location_id,
            modified_on,
            name,
            priority,
            recurrence_days_of_month,
            recurrence_days_of_week,
            recurrence_interval,
            recurrence_months,
            recurrence_type,
            recurrence_week,
            recurring_service_type_id,
            tag_type_ids,
            activated_from_id,
            business_unit_id,
            campaign_id,
            created_by_id,
            estimated_payroll_cost,
            from_,
            import_id,
            invoice_template_for_following_years_id,
            invoice_template_id,
            job_start_time,
            job_summary,
            job_type_id,
            membership_id,
            memo,
            preferred_technician_ids,
            recurrence_day_of_nth_week,
            to,
        )

        memberships_v2_location_recurring_service_response.additional_properties = dict(
            d
        )
        return memberships_v2_location_recurring_service_response

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
