from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crm_v2_priority import CrmV2Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2LeadCreateRequest")


@_attrs_define
class CrmV2LeadCreateRequest:
    """
    Attributes:
        campaign_id (int):
        summary (str):
        booking_id (int | None | Unset):
        business_unit_id (int | None | Unset):
        call_reason_id (int | None | Unset):
        customer_id (int | None | Unset):
        follow_up_date (datetime.datetime | None | Unset):
        job_type_id (int | None | Unset):
        lead_city (None | str | Unset):
        lead_country (None | str | Unset):
        lead_customer_name (None | str | Unset):
        lead_email (None | str | Unset):
        lead_phone (None | str | Unset):
        lead_state (None | str | Unset):
        lead_street (None | str | Unset):
        lead_unit (None | str | Unset):
        lead_zip (None | str | Unset):
        location_id (int | None | Unset):
        priority (CrmV2Priority | None | Unset):
        tag_type_ids (list[int] | None | Unset):
    """

    campaign_id: int
    summary: str
    booking_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    call_reason_id: int | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    follow_up_date: datetime.datetime | None | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    lead_city: None | str | Unset = UNSET
    lead_country: None | str | Unset = UNSET
    lead_customer_name: None | str | Unset = UNSET
    lead_email: None | str | Unset = UNSET
    lead_phone: None | str | Unset = UNSET
    lead_state: None | str | Unset = UNSET
    lead_street: None | str | Unset = UNSET
    lead_unit: None | str | Unset = UNSET
    lead_zip: None | str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    priority: CrmV2Priority | None | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "campaignId",
        "summary",
        "bookingId",
        "businessUnitId",
        "callReasonId",
        "customerId",
        "followUpDate",
        "jobTypeId",
        "leadCity",
        "leadCountry",
        "leadCustomerName",
        "leadEmail",
        "leadPhone",
        "leadState",
        "leadStreet",
        "leadUnit",
        "leadZip",
        "locationId",
        "priority",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        summary = self.summary

        booking_id: int | None | Unset
        if isinstance(self.booking_id, Unset):
            booking_id = UNSET
        else:
            booking_id = self.booking_id

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        call_reason_id: int | None | Unset
        if isinstance(self.call_reason_id, Unset):
            call_reason_id = UNSET
        else:
            call_reason_id = self.call_reason_id

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        follow_up_date: None | str | Unset
        if isinstance(self.follow_up_date, Unset):
            follow_up_date = UNSET
        elif isinstance(self.follow_up_date, datetime.datetime):
            follow_up_date = self.follow_up_date.isoformat()
        else:
            follow_up_date = self.follow_up_date

        job_type_id: int | None | Unset
        if isinstance(self.job_type_id, Unset):
            job_type_id = UNSET
        else:
            job_type_id = self.job_type_id

        lead_city: None | str | Unset
        if isinstance(self.lead_city, Unset):
            lead_city = UNSET
        else:
            lead_city = self.lead_city

        lead_country: None | str | Unset
        if isinstance(self.lead_country, Unset):
            lead_country = UNSET
        else:
            lead_country = self.lead_country

        lead_customer_name: None | str | Unset
        if isinstance(self.lead_customer_name, Unset):
            lead_customer_name = UNSET
        else:
            lead_customer_name = self.lead_customer_name

        lead_email: None | str | Unset
        if isinstance(self.lead_email, Unset):
            lead_email = UNSET
        else:
            lead_email = self.lead_email

        lead_phone: None | str | Unset
        if isinstance(self.lead_phone, Unset):
            lead_phone = UNSET
        else:
            lead_phone = self.lead_phone

        lead_state: None | str | Unset
        if isinstance(self.lead_state, Unset):
            lead_state = UNSET
        else:
            lead_state = self.lead_state

        lead_street: None | str | Unset
        if isinstance(self.lead_street, Unset):
            lead_street = UNSET
        else:
            lead_street = self.lead_street

        lead_unit: None | str | Unset
        if isinstance(self.lead_unit, Unset):
            lead_unit = UNSET
        else:
            lead_unit = self.lead_unit

        lead_zip: None | str | Unset
        if isinstance(self.lead_zip, Unset):
            lead_zip = UNSET
        else:
            lead_zip = self.lead_zip

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, CrmV2Priority):
            priority = self.priority.value
        else:
            priority = self.priority

        tag_type_ids: list[int] | None | Unset
        if isinstance(self.tag_type_ids, Unset):
            tag_type_ids = UNSET
        elif isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "summary": summary,
            }
        )
        if booking_id is not UNSET:
            field_dict["bookingId"] = booking_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if call_reason_id is not UNSET:
            field_dict["callReasonId"] = call_reason_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if follow_up_date is not UNSET:
            field_dict["followUpDate"] = follow_up_date
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if lead_city is not UNSET:
            field_dict["leadCity"] = lead_city
        if lead_country is not UNSET:
            field_dict["leadCountry"] = lead_country
        if lead_customer_name is not UNSET:
            field_dict["leadCustomerName"] = lead_customer_name
        if lead_email is not UNSET:
            field_dict["leadEmail"] = lead_email
        if lead_phone is not UNSET:
            field_dict["leadPhone"] = lead_phone
        if lead_state is not UNSET:
            field_dict["leadState"] = lead_state
        if lead_street is not UNSET:
            field_dict["leadStreet"] = lead_street
        if lead_unit is not UNSET:
            field_dict["leadUnit"] = lead_unit
        if lead_zip is not UNSET:
            field_dict["leadZip"] = lead_zip
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id = d.pop("campaignId")

        summary = d.pop("summary")

        booking_id = d.pop("bookingId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        call_reason_id = d.pop("callReasonId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        follow_up_date = d.pop("followUpDate", UNSET)
        if follow_up_date is not None and not isinstance(follow_up_date, Unset):
            if not isinstance(follow_up_date, str):
                raise TypeError()
            follow_up_date_type_0 = datetime.datetime.fromisoformat(follow_up_date)

            follow_up_date = follow_up_date_type_0

        job_type_id = d.pop("jobTypeId", UNSET)

        lead_city = d.pop("leadCity", UNSET)

        lead_country = d.pop("leadCountry", UNSET)

        lead_customer_name = d.pop("leadCustomerName", UNSET)

        lead_email = d.pop("leadEmail", UNSET)

        lead_phone = d.pop("leadPhone", UNSET)

        lead_state = d.pop("leadState", UNSET)

        lead_street = d.pop("leadStreet", UNSET)

        lead_unit = d.pop("leadUnit", UNSET)

        lead_zip = d.pop("leadZip", UNSET)

        location_id = d.pop("locationId", UNSET)

        priority = d.pop("priority", UNSET)
        if priority is not None and not isinstance(priority, Unset):
            if not isinstance(priority, str):
                raise TypeError()
            priority_type_0 = CrmV2Priority(priority)

            priority = priority_type_0

        tag_type_ids = d.pop("tagTypeIds", UNSET)
        if tag_type_ids is not None and not isinstance(tag_type_ids, Unset):
            if not isinstance(tag_type_ids, list):
                raise TypeError()
            tag_type_ids_type_0 = tag_type_ids

            tag_type_ids = tag_type_ids_type_0

        crm_v2_lead_create_request = cls(
            campaign_id,
            summary,
            booking_id,
            business_unit_id,
            call_reason_id,
            customer_id,
            follow_up_date,
            job_type_id,
            lead_city,
            lead_country,
            lead_customer_name,
            lead_email,
            lead_phone,
            lead_state,
            lead_street,
            lead_unit,
            lead_zip,
            location_id,
            priority,
            tag_type_ids,
        )

        crm_v2_lead_create_request.additional_properties = dict(d)
        return crm_v2_lead_create_request

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
