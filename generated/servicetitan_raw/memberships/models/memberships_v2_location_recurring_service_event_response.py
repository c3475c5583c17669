from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_opportunity_status import MembershipsV2OpportunityStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2LocationRecurringServiceEventResponse")


@_attrs_define
class MembershipsV2LocationRecurringServiceEventResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        date (datetime.datetime):
        id (int):
        location_recurring_service_id (int):
        modified_on (datetime.datetime):
        status (MembershipsV2OpportunityStatus):
        created_by_id (int | None | Unset):
        job_id (int | None | Unset):
        location_recurring_service_name (None | str | Unset):
        membership_id (int | None | Unset):
        membership_name (None | str | Unset):
    """

    created_on: datetime.datetime
    date: datetime.datetime
    id: int
    location_recurring_service_id: int
    modified_on: datetime.datetime
    status: MembershipsV2OpportunityStatus
    created_by_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    location_recurring_service_name: None | str | Unset = UNSET
    membership_id: int | None | Unset = UNSET
    membership_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "date",
        "id",
        "locationRecurringServiceId",
        "modifiedOn",
        "status",
        "createdById",
        "jobId",
        "locationRecurringServiceName",
        "membershipId",
        "membershipName",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        date = self.date.isoformat()

        id = self.id

        location_recurring_service_id = self.location_recurring_service_id

        modified_on = self.modified_on.isoformat()

        status = self.status.value

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        location_recurring_service_name: None | str | Unset
        if isinstance(self.location_recurring_service_name, Unset):
            location_recurring_service_name = UNSET
        else:
            location_recurring_service_name = self.location_recurring_service_name

        membership_id: int | None | Unset
        if isinstance(self.membership_id, Unset):
            membership_id = UNSET
        else:
            membership_id = self.membership_id

        membership_name: None | str | Unset
        if isinstance(self.membership_name, Unset):
            membership_name = UNSET
        else:
            membership_name = self.membership_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "date": date,
                "id": id,
                "locationRecurringServiceId": location_recurring_service_id,
                "modifiedOn": modified_on,
                "status": status,
            }
        )
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if location_recurring_service_name is not UNSET:
            field_dict["locationRecurringServiceName"] = location_recurring_service_name
        if membership_id is not UNSET:
            field_dict["membershipId"] = membership_id
        if membership_name is not UNSET:
            field_dict["membershipName"] = membership_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        date = datetime.datetime.fromisoformat(d.pop("date"))

        id = d.pop("id")

        location_recurring_service_id = d.pop("locationRecurringServiceId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        status = MembershipsV2OpportunityStatus(d.pop("status"))

        created_by_id = d.pop("createdById", UNSET)

        job_id = d.pop("jobId", UNSET)

        location_recurring_service_name = d.pop("locationRecurringServiceName", UNSET)

        membership_id = d.pop("membershipId", UNSET)

        membership_name = d.pop("membershipName", UNSET)

        memberships_v2_location_recurring_service_event_response = cls(
            created_on,
            date,
            id,
            location_recurring_service_id,
            modified_on,
            status,
            created_by_id,
            job_id,
            location_recurring_service_name,
            membership_id,
            membership_name,
        )

        memberships_v2_location_recurring_service_event_response.additional_properties = dict(
            d
        )
        return memberships_v2_location_recurring_service_event_response

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
