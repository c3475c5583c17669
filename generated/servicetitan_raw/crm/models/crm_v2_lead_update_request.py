from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crm_v2_priority import CrmV2Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2LeadUpdateRequest")


@_attrs_define
class CrmV2LeadUpdateRequest:
    """
    Attributes:
        business_unit_id (int | Unset):
        campaign_id (int | Unset):
        job_type_id (int | Unset):
        lead_city (str | Unset):
        lead_country (str | Unset):
        lead_customer_name (str | Unset):
        lead_email (str | Unset):
        lead_phone (str | Unset):
        lead_state (str | Unset):
        lead_street (str | Unset):
        lead_unit (str | Unset):
        lead_zip (str | Unset):
        priority (CrmV2Priority | Unset):
        summary (str | Unset):
    """

    business_unit_id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    job_type_id: int | Unset = UNSET
    lead_city: str | Unset = UNSET
    lead_country: str | Unset = UNSET
    lead_customer_name: str | Unset = UNSET
    lead_email: str | Unset = UNSET
    lead_phone: str | Unset = UNSET
    lead_state: str | Unset = UNSET
    lead_street: str | Unset = UNSET
    lead_unit: str | Unset = UNSET
    lead_zip: str | Unset = UNSET
    priority: CrmV2Priority | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnitId",
        "campaignId",
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
        "priority",
        "summary",
    )

    def to_dict(self) -> dict[str, Any]:
        business_unit_id = self.business_unit_id

        campaign_id = self.campaign_id

        job_type_id = self.job_type_id

        lead_city = self.lead_city

        lead_country = self.lead_country

        lead_customer_name = self.lead_customer_name

        lead_email = self.lead_email

        lead_phone = self.lead_phone

        lead_state = self.lead_state

        lead_street = self.lead_street

        lead_unit = self.lead_unit

        lead_zip = self.lead_zip

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
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
        if priority is not UNSET:
            field_dict["priority"] = priority
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_unit_id = d.pop("businessUnitId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

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

        priority = d.pop("priority", UNSET)
        if not isinstance(priority, Unset):
            priority = CrmV2Priority(priority)

        summary = d.pop("summary", UNSET)

        crm_v2_lead_update_request = cls(
            business_unit_id,
            campaign_id,
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
            priority,
            summary,
        )

        crm_v2_lead_update_request.additional_properties = dict(d)
        return crm_v2_lead_update_request

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
