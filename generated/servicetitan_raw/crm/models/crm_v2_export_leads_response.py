from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crm_v2_lead_status import CrmV2LeadStatus
from ..models.crm_v2_priority import CrmV2Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2ExportLeadsResponse")


@_attrs_define
class CrmV2ExportLeadsResponse:
    """
    Attributes:
        active (bool):
        campaign_id (int):
        created_by_id (int):
        created_on (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        priority (CrmV2Priority):
        status (CrmV2LeadStatus):
        booking_id (int | None | Unset):
        business_unit_id (int | None | Unset):
        call_id (int | None | Unset):
        call_reason_id (int | None | Unset):
        capture_source (None | str | Unset):
        customer_id (int | None | Unset):
        dismissing_reason_id (int | None | Unset):
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
        lead_url (None | str | Unset):
        lead_zip (None | str | Unset):
        location_id (int | None | Unset):
        manual_call_id (int | None | Unset):
        summary (None | str | Unset):
        tag_type_ids (list[int] | None | Unset):
    """

    active: bool
    campaign_id: int
    created_by_id: int
    created_on: datetime.datetime
    id: int
    modified_on: datetime.datetime
    priority: CrmV2Priority
    status: CrmV2LeadStatus
    booking_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    call_id: int | None | Unset = UNSET
    call_reason_id: int | None | Unset = UNSET
    capture_source: None | str | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    dismissing_reason_id: int | None | Unset = UNSET
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
    lead_url: None | str | Unset = UNSET
    lead_zip: None | str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    manual_call_id: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "campaignId",
        "createdById",
        "createdOn",
        "id",
        "modifiedOn",
        "priority",
        "status",
        "bookingId",
        "businessUnitId",
        "callId",
        "callReasonId",
        "captureSource",
        "customerId",
        "dismissingReasonId",
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
        "leadUrl",
        "leadZip",
        "locationId",
        "manualCallId",
        "summary",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        campaign_id = self.campaign_id

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        priority = self.priority.value

        status = self.status.value

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

        call_id: int | None | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        call_reason_id: int | None | Unset
        if isinstance(self.call_reason_id, Unset):
            call_reason_id = UNSET
        else:
            call_reason_id = self.call_reason_id

        capture_source: None | str | Unset
        if isinstance(self.capture_source, Unset):
            capture_source = UNSET
        else:
            capture_source = self.capture_source

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        dismissing_reason_id: int | None | Unset
        if isinstance(self.dismissing_reason_id, Unset):
            dismissing_reason_id = UNSET
        else:
            dismissing_reason_id = self.dismissing_reason_id

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

        lead_url: None | str | Unset
        if isinstance(self.lead_url, Unset):
            lead_url = UNSET
        else:
            lead_url = self.lead_url

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

        manual_call_id: int | None | Unset
        if isinstance(self.manual_call_id, Unset):
            manual_call_id = UNSET
        else:
            manual_call_id = self.manual_call_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

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
                "active": active,
                "campaignId": campaign_id,
                "createdById": created_by_id,
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
                "priority": priority,
                "status": status,
            }
        )
        if booking_id is not UNSET:
            field_dict["bookingId"] = booking_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if call_reason_id is not UNSET:
            field_dict["callReasonId"] = call_reason_id
        if capture_source is not UNSET:
            field_dict["captureSource"] = capture_source
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if dismissing_reason_id is not UNSET:
            field_dict["dismissingReasonId"] = dismissing_reason_id
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
        if lead_url is not UNSET:
            field_dict["leadUrl"] = lead_url
        if lead_zip is not UNSET:
            field_dict["leadZip"] = lead_zip
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if manual_call_id is not UNSET:
            field_dict["manualCallId"] = manual_call_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        campaign_id = d.pop("campaignId")

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        priority = CrmV2Priority(d.pop("priority"))

        status = CrmV2LeadStatus(d.pop("status"))

        booking_id = d.pop("bookingId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        call_id = d.pop("callId", UNSET)

        call_reason_id = d.pop("callReasonId", UNSET)

        capture_source = d.pop("captureSource", UNSET)

        customer_id = d.pop("customerId", UNSET)

        dismissing_reason_id = d.pop("dismissingReasonId", UNSET)

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

        lead_url = d.pop("leadUrl", UNSET)

        lead_zip = d.pop("leadZip", UNSET)

        location_id = d.pop("locationId", UNSET)

        manual_call_id = d.pop("manualCallId", UNSET)

        summary = d.pop("summary", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)
        if tag_type_ids is not None and not isinstance(tag_type_ids, Unset):
            if not isinstance(tag_type_ids, list):
                raise TypeError()
            tag_type_ids_type_0 = tag_type_ids

            tag_type_ids = tag_type_ids_type_0

        crm_v2_export_leads_response = cls(
            active,
            campaign_id,
            created_by_id,
            created_on,
            id,
            modified_on,
            priority,
            status,
            booking_id,
            business_unit_id,
            call_id,
            call_reason_id,
            capture_source,
            customer_id,
            dismissing_reason_id,
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
            lead_url,
            lead_zip,
            location_id,
            manual_call_id,
            summary,
            tag_type_ids,
        )

        crm_v2_export_leads_response.additional_properties = dict(d)
        return crm_v2_export_leads_response

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
