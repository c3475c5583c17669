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
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2RecurringServiceTypeResponse")


@_attrs_define
class MembershipsV2RecurringServiceTypeResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        duration_length (int):
        duration_type (MembershipsV2ServiceRecurrenceDuration):
        id (int):
        modified_on (datetime.datetime):
        priority (MembershipsV2Priority):
        recurrence_interval (int):
        recurrence_months (list[MembershipsV2Month]):
        recurrence_type (MembershipsV2ServiceRecurrenceType):
        business_unit_id (int | None | Unset):
        campaign_id (int | None | Unset):
        created_by_id (int | None | Unset):
        import_id (None | str | Unset):
        invoice_template_id (int | None | Unset):
        job_summary (None | str | Unset):
        job_type_id (int | None | Unset):
        name (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    duration_length: int
    duration_type: MembershipsV2ServiceRecurrenceDuration
    id: int
    modified_on: datetime.datetime
    priority: MembershipsV2Priority
    recurrence_interval: int
    recurrence_months: list[MembershipsV2Month]
    recurrence_type: MembershipsV2ServiceRecurrenceType
    business_unit_id: int | None | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    import_id: None | str | Unset = UNSET
    invoice_template_id: int | None | Unset = UNSET
    job_summary: None | str | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "durationLength",
        "durationType",
        "id",
        "modifiedOn",
        "priority",
        "recurrenceInterval",
        "recurrenceMonths",
        "recurrenceType",
        "businessUnitId",
        "campaignId",
        "createdById",
        "importId",
        "invoiceTemplateId",
        "jobSummary",
        "jobTypeId",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        duration_length = self.duration_length

        duration_type = self.duration_type.value

        id = self.id

        modified_on = self.modified_on.isoformat()

        priority = self.priority.value

        recurrence_interval = self.recurrence_interval

        recurrence_months = []
        for recurrence_months_item_data in self.recurrence_months:
            recurrence_months_item = recurrence_months_item_data.value
            recurrence_months.append(recurrence_months_item)

        recurrence_type = self.recurrence_type.value

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

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        invoice_template_id: int | None | Unset
        if isinstance(self.invoice_template_id, Unset):
            invoice_template_id = UNSET
        else:
            invoice_template_id = self.invoice_template_id

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
                "durationLength": duration_length,
                "durationType": duration_type,
                "id": id,
                "modifiedOn": modified_on,
                "priority": priority,
                "recurrenceInterval": recurrence_interval,
                "recurrenceMonths": recurrence_months,
                "recurrenceType": recurrence_type,
            }
        )
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if invoice_template_id is not UNSET:
            field_dict["invoiceTemplateId"] = invoice_template_id
        if job_summary is not UNSET:
            field_dict["jobSummary"] = job_summary
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        duration_length = d.pop("durationLength")

        duration_type = MembershipsV2ServiceRecurrenceDuration(d.pop("durationType"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        priority = MembershipsV2Priority(d.pop("priority"))

        recurrence_interval = d.pop("recurrenceInterval")

        recurrence_months = [
            MembershipsV2Month(recurrence_months_item_data)
            for recurrence_months_item_data in d.pop("recurrenceMonths")
        ]

        recurrence_type = MembershipsV2ServiceRecurrenceType(d.pop("recurrenceType"))

        business_unit_id = d.pop("businessUnitId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        created_by_id = d.pop("createdById", UNSET)

        import_id = d.pop("importId", UNSET)

        invoice_template_id = d.pop("invoiceTemplateId", UNSET)

        job_summary = d.pop("jobSummary", UNSET)

        job_type_id = d.pop("jobTypeId", UNSET)

        name = d.pop("name", UNSET)

        memberships_v2_recurring_service_type_response = cls(
            active,
            created_on,
            duration_length,
            duration_type,
            id,
            modified_on,
            priority,
            recurrence_interval,
            recurrence_months,
            recurrence_type,
            business_unit_id,
            campaign_id,
            created_by_id,
            import_id,
            invoice_template_id,
            job_summary,
            job_type_id,
            name,
        )

        memberships_v2_recurring_service_type_response.additional_properties = dict(d)
        return memberships_v2_recurring_service_type_response

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
