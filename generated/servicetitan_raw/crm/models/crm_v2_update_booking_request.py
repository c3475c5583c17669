from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.crm_v2_customer_type import CrmV2CustomerType
from ..models.crm_v2_priority import CrmV2Priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_address_patch_model import CrmV2AddressPatchModel


T = TypeVar("T", bound="CrmV2UpdateBookingRequest")


@_attrs_define
class CrmV2UpdateBookingRequest:
    """
    Attributes:
        address (CrmV2AddressPatchModel | Unset):
        business_unit_id (int | Unset):
        campaign_id (int | Unset):
        customer_type (CrmV2CustomerType | Unset):
        external_id (str | Unset):
        is_first_time_client (bool | Unset):
        job_type_id (int | Unset):
        name (str | Unset):
        priority (CrmV2Priority | Unset):
        source (str | Unset):
        start (datetime.datetime | Unset):
        summary (str | Unset):
        uploaded_images (list[str] | Unset):
    """

    address: CrmV2AddressPatchModel | Unset = UNSET
    business_unit_id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    customer_type: CrmV2CustomerType | Unset = UNSET
    external_id: str | Unset = UNSET
    is_first_time_client: bool | Unset = UNSET
    job_type_id: int | Unset = UNSET
    name: str | Unset = UNSET
    priority: CrmV2Priority | Unset = UNSET
    source: str | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    summary: str | Unset = UNSET
    uploaded_images: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "address",
        "businessUnitId",
        "campaignId",
        "customerType",
        "externalId",
        "isFirstTimeClient",
        "jobTypeId",
        "name",
        "priority",
        "source",
        "start",
        "summary",
        "uploadedImages",
    )

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        business_unit_id = self.business_unit_id

        campaign_id = self.campaign_id

        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.value

        external_id = self.external_id

        is_first_time_client = self.is_first_time_client

        job_type_id = self.job_type_id

        name = self.name

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        source = self.source

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        summary = self.summary

        uploaded_images: list[str] | Unset = UNSET
        if not isinstance(self.uploaded_images, Unset):
            uploaded_images = self.uploaded_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if is_first_time_client is not UNSET:
            field_dict["isFirstTimeClient"] = is_first_time_client
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if name is not UNSET:
            field_dict["name"] = name
        if priority is not UNSET:
            field_dict["priority"] = priority
        if source is not UNSET:
            field_dict["source"] = source
        if start is not UNSET:
            field_dict["start"] = start
        if summary is not UNSET:
            field_dict["summary"] = summary
        if uploaded_images is not UNSET:
            field_dict["uploadedImages"] = uploaded_images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)
        if not isinstance(address, Unset):
            address = _models.CrmV2AddressPatchModel.from_dict(address)

        business_unit_id = d.pop("businessUnitId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        customer_type = d.pop("customerType", UNSET)
        if not isinstance(customer_type, Unset):
            customer_type = CrmV2CustomerType(customer_type)

        external_id = d.pop("externalId", UNSET)

        is_first_time_client = d.pop("isFirstTimeClient", UNSET)

        job_type_id = d.pop("jobTypeId", UNSET)

        name = d.pop("name", UNSET)

        priority = d.pop("priority", UNSET)
        if not isinstance(priority, Unset):
            priority = CrmV2Priority(priority)

        source = d.pop("source", UNSET)

        start = d.pop("start", UNSET)
        if not isinstance(start, Unset):
            start = datetime.datetime.fromisoformat(start)

        summary = d.pop("summary", UNSET)

        uploaded_images = d.pop("uploadedImages", UNSET)

        crm_v2_update_booking_request = cls(
            address,
            business_unit_id,
            campaign_id,
            customer_type,
            external_id,
            is_first_time_client,
            job_type_id,
            name,
            priority,
            source,
            start,
            summary,
            uploaded_images,
        )

        crm_v2_update_booking_request.additional_properties = dict(d)
        return crm_v2_update_booking_request

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
