from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jpm_v2_base_job_generated_lead_source import (
        JpmV2BaseJobGeneratedLeadSource,
    )
    from ..models.jpm_v2_custom_field_model import JpmV2CustomFieldModel
    from ..models.jpm_v2_external_data_update_request import (
        JpmV2ExternalDataUpdateRequest,
    )


T = TypeVar("T", bound="JpmV2UpdateJobRequest")


@_attrs_define
class JpmV2UpdateJobRequest:
    """
    Attributes:
        business_unit_id (int | Unset):
        campaign_id (int | Unset):
        custom_fields (list[JpmV2CustomFieldModel] | Unset):
        customer_id (int | Unset):
        customer_po (str | Unset):
        external_data (JpmV2ExternalDataUpdateRequest | Unset):
        is_auto_dispatched (bool | Unset):
        job_generated_lead_source (JpmV2BaseJobGeneratedLeadSource | None | Unset):
        job_type_id (int | Unset):
        location_id (int | Unset):
        no_charge (bool | Unset):
        priority (str | Unset):
        should_update_invoice_items (bool | Unset):
        sold_by_id (int | None | Unset):
        summary (str | Unset):
        summary_of_work (str | Unset):
        tag_type_ids (list[int] | Unset):
    """

    business_unit_id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    custom_fields: list[JpmV2CustomFieldModel] | Unset = UNSET
    customer_id: int | Unset = UNSET
    customer_po: str | Unset = UNSET
    external_data: JpmV2ExternalDataUpdateRequest | Unset = UNSET
    is_auto_dispatched: bool | Unset = UNSET
    job_generated_lead_source: JpmV2BaseJobGeneratedLeadSource | None | Unset = UNSET
    job_type_id: int | Unset = UNSET
    location_id: int | Unset = UNSET
    no_charge: bool | Unset = UNSET
    priority: str | Unset = UNSET
    should_update_invoice_items: bool | Unset = UNSET
    sold_by_id: int | None | Unset = UNSET
    summary: str | Unset = UNSET
    summary_of_work: str | Unset = UNSET
    tag_type_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnitId",
        "campaignId",
        "customFields",
        "customerId",
        "customerPo",
        "externalData",
        "isAutoDispatched",
        "jobGeneratedLeadSource",
        "jobTypeId",
        "locationId",
        "noCharge",
        "priority",
        "shouldUpdateInvoiceItems",
        "soldById",
        "summary",
        "summaryOfWork",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.jpm_v2_base_job_generated_lead_source import (
            JpmV2BaseJobGeneratedLeadSource,
        )

        business_unit_id = self.business_unit_id

        campaign_id = self.campaign_id

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        customer_id = self.customer_id

        customer_po = self.customer_po

        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

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

        job_type_id = self.job_type_id

        location_id = self.location_id

        no_charge = self.no_charge

        priority = self.priority

        should_update_invoice_items = self.should_update_invoice_items

        sold_by_id: int | None | Unset
        if isinstance(self.sold_by_id, Unset):
            sold_by_id = UNSET
        else:
            sold_by_id = self.sold_by_id

        summary = self.summary

        summary_of_work = self.summary_of_work

        tag_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_type_ids, Unset):
            tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_po is not UNSET:
            field_dict["customerPo"] = customer_po
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if is_auto_dispatched is not UNSET:
            field_dict["isAutoDispatched"] = is_auto_dispatched
        if job_generated_lead_source is not UNSET:
            field_dict["jobGeneratedLeadSource"] = job_generated_lead_source
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if no_charge is not UNSET:
            field_dict["noCharge"] = no_charge
        if priority is not UNSET:
            field_dict["priority"] = priority
        if should_update_invoice_items is not UNSET:
            field_dict["shouldUpdateInvoiceItems"] = should_update_invoice_items
        if sold_by_id is not UNSET:
            field_dict["soldById"] = sold_by_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if summary_of_work is not UNSET:
            field_dict["summaryOfWork"] = summary_of_work
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_unit_id = d.pop("businessUnitId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = [
                _models.JpmV2CustomFieldModel.from_dict(custom_fields_item_data)
                for custom_fields_item_data in custom_fields
            ]

        customer_id = d.pop("customerId", UNSET)

        customer_po = d.pop("customerPo", UNSET)

        external_data = d.pop("externalData", UNSET)
        if not isinstance(external_data, Unset):
            external_data = _models.JpmV2ExternalDataUpdateRequest.from_dict(
                external_data
            )

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

        job_type_id = d.pop("jobTypeId", UNSET)

        location_id = d.pop("locationId", UNSET)

        no_charge = d.pop("noCharge", UNSET)

        priority = d.pop("priority", UNSET)

        should_update_invoice_items = d.pop("shouldUpdateInvoiceItems", UNSET)

        sold_by_id = d.pop("soldById", UNSET)

        summary = d.pop("summary", UNSET)

        summary_of_work = d.pop("summaryOfWork", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)

        jpm_v2_update_job_request = cls(
            business_unit_id,
            campaign_id,
            custom_fields,
            customer_id,
            customer_po,
            external_data,
            is_auto_dispatched,
            job_generated_lead_source,
            job_type_id,
            location_id,
            no_charge,
            priority,
            should_update_invoice_items,
            sold_by_id,
            summary,
            summary_of_work,
            tag_type_ids,
        )

        jpm_v2_update_job_request.additional_properties = dict(d)
        return jpm_v2_update_job_request

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
