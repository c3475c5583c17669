from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jpm_v2_appointment_information import JpmV2AppointmentInformation
    from ..models.jpm_v2_base_job_generated_lead_source import (
        JpmV2BaseJobGeneratedLeadSource,
    )
    from ..models.jpm_v2_custom_field_model import JpmV2CustomFieldModel
    from ..models.jpm_v2_external_data_create_request import (
        JpmV2ExternalDataCreateRequest,
    )


T = TypeVar("T", bound="JpmV2JobCreateRequest")


@_attrs_define
class JpmV2JobCreateRequest:
    """
    Attributes:
        appointments (list[JpmV2AppointmentInformation]):
        business_unit_id (int):
        campaign_id (int):
        customer_id (int):
        job_type_id (int):
        location_id (int):
        priority (str):
        booking_id (int | None | Unset):
        custom_fields (list[JpmV2CustomFieldModel] | None | Unset):
        customer_po (None | str | Unset):
        external_data (JpmV2ExternalDataCreateRequest | None | Unset):
        invoice_signature_is_required (bool | None | Unset):
        job_generated_lead_source (JpmV2BaseJobGeneratedLeadSource | None | Unset):
        lead_id (int | None | Unset):
        no_charge (bool | None | Unset):
        partner_lead_call_id (int | None | Unset):
        project_id (int | None | Unset):
        sold_by_id (int | None | Unset):
        summary (None | str | Unset):
        tag_type_ids (list[int] | None | Unset):
    """

    appointments: list[JpmV2AppointmentInformation]
    business_unit_id: int
    campaign_id: int
    customer_id: int
    job_type_id: int
    location_id: int
    priority: str
    booking_id: int | None | Unset = UNSET
    custom_fields: list[JpmV2CustomFieldModel] | None | Unset = UNSET
    customer_po: None | str | Unset = UNSET
    external_data: JpmV2ExternalDataCreateRequest | None | Unset = UNSET
    invoice_signature_is_required: bool | None | Unset = UNSET
    job_generated_lead_source: JpmV2BaseJobGeneratedLeadSource | None | Unset = UNSET
    lead_id: int | None | Unset = UNSET
    no_charge: bool | None | Unset = UNSET
    partner_lead_call_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    sold_by_id: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "appointments",
        "businessUnitId",
        "campaignId",
        "customerId",
        "jobTypeId",
        "locationId",
        "priority",
        "bookingId",
        "customFields",
        "customerPo",
        "externalData",
        "invoiceSignatureIsRequired",
        "jobGeneratedLeadSource",
        "leadId",
        "noCharge",
        "partnerLeadCallId",
        "projectId",
        "soldById",
        "summary",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.jpm_v2_base_job_generated_lead_source import (
            JpmV2BaseJobGeneratedLeadSource,
        )
        from ..models.jpm_v2_external_data_create_request import (
            JpmV2ExternalDataCreateRequest,
        )

        appointments = []
        for appointments_item_data in self.appointments:
            appointments_item = appointments_item_data.to_dict()
            appointments.append(appointments_item)

        business_unit_id = self.business_unit_id

        campaign_id = self.campaign_id

        customer_id = self.customer_id

        job_type_id = self.job_type_id

        location_id = self.location_id

        priority = self.priority

        booking_id: int | None | Unset
        if isinstance(self.booking_id, Unset):
            booking_id = UNSET
        else:
            booking_id = self.booking_id

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        customer_po: None | str | Unset
        if isinstance(self.customer_po, Unset):
            customer_po = UNSET
        else:
            customer_po = self.customer_po

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, JpmV2ExternalDataCreateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        invoice_signature_is_required: bool | None | Unset
        if isinstance(self.invoice_signature_is_required, Unset):
            invoice_signature_is_required = UNSET
        else:
            invoice_signature_is_required = self.invoice_signature_is_required

        job_generated_lead_source: dict[str, Any] | None | Unset
        if isinstance(self.job_generated_lead_source, Unset):
            job_generated_lead_source = UNSET
        elif isinstance(
            self.job_generated_lead_source, JpmV2BaseJobGeneratedLeadSource
        ):
            job_generated_lead_source = self.job_generated_lead_source.to_dict()
        else:
            job_generated_lead_source = self.job_generated_lead_source

        lead_id: int | None | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id

        no_charge: bool | None | Unset
        if isinstance(self.no_charge, Unset):
            no_charge = UNSET
        else:
            no_charge = self.no_charge

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
                "appointments": appointments,
                "businessUnitId": business_unit_id,
                "campaignId": campaign_id,
                "customerId": customer_id,
                "jobTypeId": job_type_id,
                "locationId": location_id,
                "priority": priority,
            }
        )
        if booking_id is not UNSET:
            field_dict["bookingId"] = booking_id
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if customer_po is not UNSET:
            field_dict["customerPo"] = customer_po
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if invoice_signature_is_required is not UNSET:
            field_dict["invoiceSignatureIsRequired"] = invoice_signature_is_required
        if job_generated_lead_source is not UNSET:
            field_dict["jobGeneratedLeadSource"] = job_generated_lead_source
        if lead_id is not UNSET:
            field_dict["leadId"] = lead_id
        if no_charge is not UNSET:
            field_dict["noCharge"] = no_charge
        if partner_lead_call_id is not UNSET:
            field_dict["partnerLeadCallId"] = partner_lead_call_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if sold_by_id is not UNSET:
            field_dict["soldById"] = sold_by_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appointments = [
            _models.JpmV2AppointmentInformation.from_dict(appointments_item_data)
            for appointments_item_data in d.pop("appointments")
        ]

        business_unit_id = d.pop("businessUnitId")

        campaign_id = d.pop("campaignId")

        customer_id = d.pop("customerId")

        job_type_id = d.pop("jobTypeId")

        location_id = d.pop("locationId")

        priority = d.pop("priority")

        booking_id = d.pop("bookingId", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.JpmV2CustomFieldModel.from_dict(custom_fields_type_0_item_data)
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        customer_po = d.pop("customerPo", UNSET)

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = _models.JpmV2ExternalDataCreateRequest.from_dict(
                external_data
            )

            external_data = external_data_type_0

        invoice_signature_is_required = d.pop("invoiceSignatureIsRequired", UNSET)

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

        lead_id = d.pop("leadId", UNSET)

        no_charge = d.pop("noCharge", UNSET)

        partner_lead_call_id = d.pop("partnerLeadCallId", UNSET)

        project_id = d.pop("projectId", UNSET)

        sold_by_id = d.pop("soldById", UNSET)

        summary = d.pop("summary", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)
        if tag_type_ids is not None and not isinstance(tag_type_ids, Unset):
            if not isinstance(tag_type_ids, list):
                raise TypeError()
            tag_type_ids_type_0 = tag_type_ids

            tag_type_ids = tag_type_ids_type_0

        jpm_v2_job_create_request = cls(
            appointments,
            business_unit_id,
            campaign_id,
            customer_id,
            job_type_id,
            location_id,
            priority,
            booking_id,
            custom_fields,
            customer_po,
            external_data,
            invoice_signature_is_required,
            job_generated_lead_source,
            lead_id,
            no_charge,
            partner_lead_call_id,
            project_id,
            sold_by_id,
            summary,
            tag_type_ids,
        )

        jpm_v2_job_create_request.additional_properties = dict(d)
        return jpm_v2_job_create_request

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
