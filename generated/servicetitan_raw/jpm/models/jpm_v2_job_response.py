from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_api_model import CustomFieldApiModel
    from ..models.jpm_v2_base_job_generated_lead_source import (
        JpmV2BaseJobGeneratedLeadSource,
    )
    from ..models.jpm_v2_external_data_model import JpmV2ExternalDataModel


T = TypeVar("T", bound="JpmV2JobResponse")


@_attrs_define
class JpmV2JobResponse:
    """
    Attributes:
        appointment_count (int):
        business_unit_id (int):
        campaign_id (int):
        created_by_id (int):
        created_on (datetime.datetime):
        custom_fields (list[CustomFieldApiModel]):
        customer_id (int):
        customer_po (None | str):
        equipment_ids (list[int]):
        estimate_ids (list[int]):
        external_data (list[JpmV2ExternalDataModel] | None):
        first_appointment_id (int):
        id (int):
        invoice_id (int):
        job_number (str):
        job_status (str):
        job_type_id (int):
        last_appointment_id (int):
        location_id (int):
        modified_on (datetime.datetime):
        no_charge (bool):
        notifications_enabled (bool):
        priority (str):
        tag_type_ids (list[int]):
        booking_id (int | None | Unset):
        completed_on (datetime.datetime | None | Unset):
        created_from_estimate_id (int | None | Unset):
        is_auto_dispatched (bool | None | Unset):
        job_generated_lead_source (JpmV2BaseJobGeneratedLeadSource | None | Unset):
        lead_call_id (int | None | Unset):
        membership_id (int | None | Unset):
        partner_lead_call_id (int | None | Unset):
        project_id (int | None | Unset):
        recall_for_id (int | None | Unset):
        sold_by_id (int | None | Unset):
        summary (None | str | Unset):
        summary_of_work (None | str | Unset):
        total (float | None | Unset):
        warranty_id (int | None | Unset):
    """

    appointment_count: int
    business_unit_id: int
    campaign_id: int
    created_by_id: int
    created_on: datetime.datetime
    custom_fields: list[CustomFieldApiModel]
    customer_id: int
    customer_po: None | str
    equipment_ids: list[int]
    estimate_ids: list[int]
    external_data: list[JpmV2ExternalDataModel] | None
    first_appointment_id: int
    id: int
    invoice_id: int
    job_number: str
    job_status: str
    job_type_id: int
    last_appointment_id: int
    location_id: int
    modified_on: datetime.datetime
    no_charge: bool
    notifications_enabled: bool
    priority: str
    tag_type_ids: list[int]
    booking_id: int | None | Unset = UNSET
    completed_on: datetime.datetime | None | Unset = UNSET
    created_from_estimate_id: int | None | Unset = UNSET
    is_auto_dispatched: bool | None | Unset = UNSET
    job_generated_lead_source: JpmV2BaseJobGeneratedLeadSource | None | Unset = UNSET
    lead_call_id: int | None | Unset = UNSET
    membership_id: int | None | Unset = UNSET
    partner_lead_call_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    recall_for_id: int | None | Unset = UNSET
    sold_by_id: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    summary_of_work: None | str | Unset = UNSET
    total: float | None | Unset = UNSET
    warranty_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "appointmentCount",
        "businessUnitId",
        "campaignId",
        "createdById",
        "createdOn",
        "customFields",
        "customerId",
        "customerPo",
        "equipmentIds",
        "estimateIds",
        "externalData",
        "firstAppointmentId",
        "id",
        "invoiceId",
        "jobNumber",
        "jobStatus",
        "jobTypeId",
        "lastAppointmentId",
        "locationId",
        "modifiedOn",
        "noCharge",
        "notificationsEnabled",
        "priority",
        "tagTypeIds",
        "bookingId",
        "completedOn",
        "createdFromEstimateId",
        "isAutoDispatched",
        "jobGeneratedLeadSource",
        "leadCallId",
        "membershipId",
        "partnerLeadCallId",
        "projectId",
        "recallForId",
        "soldById",
        "summary",
        "summaryOfWork",
        "total",
        "warrantyId",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.jpm_v2_base_job_generated_lead_source import (
            JpmV2BaseJobGeneratedLeadSource,
        )

        appointment_count = self.appointment_count

        business_unit_id = self.business_unit_id

        campaign_id = self.campaign_id

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        customer_id = self.customer_id

        customer_po: None | str
        customer_po = self.customer_po

        equipment_ids = self.equipment_ids

        estimate_ids = self.estimate_ids

        external_data: list[dict[str, Any]] | None
        if isinstance(self.external_data, list):
            external_data = []
            for external_data_type_0_item_data in self.external_data:
                external_data_type_0_item = external_data_type_0_item_data.to_dict()
                external_data.append(external_data_type_0_item)

        else:
            external_data = self.external_data

        first_appointment_id = self.first_appointment_id

        id = self.id

        invoice_id = self.invoice_id

        job_number = self.job_number

        job_status = self.job_status

        job_type_id = self.job_type_id

        last_appointment_id = self.last_appointment_id

        location_id = self.location_id

        modified_on = self.modified_on.isoformat()

        no_charge = self.no_charge

        notifications_enabled = self.notifications_enabled

        priority = self.priority

        tag_type_ids = self.tag_type_ids

        booking_id: int | None | Unset
        if isinstance(self.booking_id, Unset):
            booking_id = UNSET
        else:
            booking_id = self.booking_id

        completed_on: None | str | Unset
        if isinstance(self.completed_on, Unset):
            completed_on = UNSET
        elif isinstance(self.completed_on, datetime.datetime):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        created_from_estimate_id: int | None | Unset
        if isinstance(self.created_from_estimate_id, Unset):
            created_from_estimate_id = UNSET
        else:
            created_from_estimate_id = self.created_from_estimate_id

        is_auto_dispatched: bool | None | Unset
        if isinstance(self.is_auto_dispatched, Unset):
            is_auto_dispatched = UNSET
        else:
            is_auto_dispatched = self.is_auto_dispatched

        job_generated_lead_source: dict[str, Any] | None | Unset
        if isinstance(self.job_generated_lead_source, Unset):
            job_generated_lead_source = UNSET
        elif isinstance(
            self.job_generated_lead_source, JpmV2BaseJobGeneratedLeadSource
        ):
            job_generated_lead_source = self.job_generated_lead_source.to_dict()
        else:
            job_generated_lead_source = self.job_generated_lead_source

        lead_call_id: int | None | Unset
        if isinstance(self.lead_call_id, Unset):
            lead_call_id = UNSET
        else:
            lead_call_id = self.lead_call_id

        membership_id: int | None | Unset
        if isinstance(self.membership_id, Unset):
            membership_id = UNSET
        else:
            membership_id = self.membership_id

        partner_lead_call_id: int | None | Unset
        if isinstance(self.partner_lead_call_id, Unset):
            partner_lead_call_id = UNSET
        else:
            partner_lead_call_id = self.partner_lead_call_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        recall_for_id: int | None | Unset
        if isinstance(self.recall_for_id, Unset):
            recall_for_id = UNSET
        else:
            recall_for_id = self.recall_for_id

        sold_by_id: int | None | Unset
        if isinstance(self.sold_by_id, Unset):
            sold_by_id = UNSET
        else:
            sold_by_id = self.sold_by_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        summary_of_work: None | str | Unset
        if isinstance(self.summary_of_work, Unset):
            summary_of_work = UNSET
        else:
            summary_of_work = self.summary_of_work

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        warranty_id: int | None | Unset
        if isinstance(self.warranty_id, Unset):
            warranty_id = UNSET
        else:
            warranty_id = self.warranty_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointmentCount": appointment_count,
                "businessUnitId": business_unit_id,
                "campaignId": campaign_id,
                "createdById": created_by_id,
                "createdOn": created_on,
                "customFields": custom_fields,
                "customerId": customer_id,
                "customerPo": customer_po,
                "equipmentIds": equipment_ids,
                "estimateIds": estimate_ids,
                "externalData": external_data,
                "firstAppointmentId": first_appointment_id,
                "id": id,
                "invoiceId": invoice_id,
                "jobNumber": job_number,
                "jobStatus": job_status,
                "jobTypeId": job_type_id,
                "lastAppointmentId": last_appointment_id,
                "locationId": location_id,
                "modifiedOn": modified_on,
                "noCharge": no_charge,
                "notificationsEnabled": notifications_enabled,
                "priority": priority,
                "tagTypeIds": tag_type_ids,
            }
        )
        if booking_id is not UNSET:
            field_dict["bookingId"] = booking_id
        if completed_on is not UNSET:
            field_dict["completedOn"] = completed_on
        if created_from_estimate_id is not UNSET:
            field_dict["createdFromEstimateId"] = created_from_estimate_id
        if is_auto_dispatched is not UNSET:
            field_dict["isAutoDispatched"] = is_auto_dispatched
        if job_generated_lead_source is not UNSET:
            field_dict["jobGeneratedLeadSource"] = job_generated_lead_source
        if lead_call_id is not UNSET:
            field_dict["leadCallId"] = lead_call_id
        if membership_id is not UNSET:
            field_dict["membershipId"] = membership_id
        if partner_lead_call_id is not UNSET:
            field_dict["partnerLeadCallId"] = partner_lead_call_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if recall_for_id is not UNSET:
            field_dict["recallForId"] = recall_for_id
        if sold_by_id is not UNSET:
            field_dict["soldById"] = sold_by_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if summary_of_work is not UNSET:
            field_dict["summaryOfWork"] = summary_of_work
        if total is not UNSET:
            field_dict["total"] = total
        if warranty_id is not UNSET:
            field_dict["warrantyId"] = warranty_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appointment_count = d.pop("appointmentCount")

        business_unit_id = d.pop("businessUnitId")

        campaign_id = d.pop("campaignId")

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.CustomFieldApiModel.from_dict(custom_fields_item_data)
            for custom_fields_item_data in d.pop("customFields")
        ]

        customer_id = d.pop("customerId")

        customer_po = d.pop("customerPo")

        equipment_ids = d.pop("equipmentIds")

        estimate_ids = d.pop("estimateIds")

        external_data = d.pop("externalData")
        if external_data is not None:
            if not isinstance(external_data, list):
                raise TypeError()
            external_data_type_0 = [
                _models.JpmV2ExternalDataModel.from_dict(external_data_type_0_item_data)
                for external_data_type_0_item_data in external_data
            ]

            external_data = external_data_type_0

        first_appointment_id = d.pop("firstAppointmentId")

        id = d.pop("id")

        invoice_id = d.pop("invoiceId")

        job_number = d.pop("jobNumber")

        job_status = d.pop("jobStatus")

        job_type_id = d.pop("jobTypeId")

        last_appointment_id = d.pop("lastAppointmentId")

        location_id = d.pop("locationId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        no_charge = d.pop("noCharge")

        notifications_enabled = d.pop("notificationsEnabled")

        priority = d.pop("priority")

        tag_type_ids = d.pop("tagTypeIds")

        booking_id = d.pop("bookingId", UNSET)

        completed_on = d.pop("completedOn", UNSET)
        if completed_on is not None and not isinstance(completed_on, Unset):
            if not isinstance(completed_on, str):
                raise TypeError()
            completed_on_type_0 = datetime.datetime.fromisoformat(completed_on)

            completed_on = completed_on_type_0

        created_from_estimate_id = d.pop("createdFromEstimateId", UNSET)

        is_auto_dispatched = d.pop("isAutoDispatched", UNSET)

        job_generated_lead_source = d.pop("jobGeneratedLeadSource", UNSET)
        if job_generated_lead_source is not None and not isinstance(
            job_generated_lead_source, Unset
        ):
            if not isinstance(job_generated_lead_source, dict):
                raise TypeError()
            job_generated_lead_source_type_0 = (
                _models.JpmV2BaseJobGeneratedLeadSource.from_dict(
                    job_generated_lead_source
                )
            )

            job_generated_lead_source = job_generated_lead_source_type_0

        lead_call_id = d.pop("leadCallId", UNSET)

        membership_id = d.pop("membershipId", UNSET)

        partner_lead_call_id = d.pop("partnerLeadCallId", UNSET)

        project_id = d.pop("projectId", UNSET)

        recall_for_id = d.pop("recallForId", UNSET)

        sold_by_id = d.pop("soldById", UNSET)

        summary = d.pop("summary", UNSET)

        summary_of_work = d.pop("summaryOfWork", UNSET)

        total = d.pop("total", UNSET)

        warranty_id = d.pop("warrantyId", UNSET)

        jpm_v2_job_response = cls(
            appointment_count,
            business_unit_id,
            campaign_id,
            created_by_id,
            created_on,
            custom_fields,
            customer_id,
            customer_po,
            equipment_ids,
            estimate_ids,
            external_data,
            first_appointment_id,
            id,
            invoice_id,
            job_number,
            job_status,
            job_type_id,
            last_appointment_id,
            location_id,
            modified_on,
            no_charge,
            notifications_enabled,
            priority,
            tag_type_ids,
            booking_id,
            completed_on,
            created_from_estimate_id,
            is_auto_dispatched,
            job_generated_lead_source,
            lead_call_id,
            membership_id,
            partner_lead_call_id,
            project_id,
            recall_for_id,
            sold_by_id,
            summary,
            summary_of_work,
            total,
            warranty_id,
        )

        jpm_v2_job_response.additional_properties = dict(d)
        return jpm_v2_job_response

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
