from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.crm_v2_booking_status import CrmV2BookingStatus
from ..models.crm_v2_customer_type import CrmV2CustomerType
from ..models.crm_v2_priority import CrmV2Priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_address_model import CrmV2AddressModel


T = TypeVar("T", bound="CrmV2BookingResponse")


@_attrs_define
class CrmV2BookingResponse:
    """
    Attributes:
        booking_provider_id (int):
        created_on (datetime.datetime):
        external_id (str):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        source (str):
        start (datetime.datetime):
        status (CrmV2BookingStatus):
        address (CrmV2AddressModel | None | Unset):
        business_unit_id (int | None | Unset):
        campaign_id (int | None | Unset):
        customer_type (CrmV2CustomerType | None | Unset):
        dismissing_reason_id (int | None | Unset):
        is_first_time_client (bool | None | Unset):
        is_send_confirmation_email (bool | None | Unset):
        job_id (int | None | Unset):
        job_type_id (int | None | Unset):
        priority (CrmV2Priority | None | Unset):
        summary (None | str | Unset):
        uploaded_images (list[str] | None | Unset):
    """

    booking_provider_id: int
    created_on: datetime.datetime
    external_id: str
    id: int
    modified_on: datetime.datetime
    name: str
    source: str
    start: datetime.datetime
    status: CrmV2BookingStatus
    address: CrmV2AddressModel | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    customer_type: CrmV2CustomerType | None | Unset = UNSET
    dismissing_reason_id: int | None | Unset = UNSET
    is_first_time_client: bool | None | Unset = UNSET
    is_send_confirmation_email: bool | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    priority: CrmV2Priority | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    uploaded_images: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "bookingProviderId",
        "createdOn",
        "externalId",
        "id",
        "modifiedOn",
        "name",
        "source",
        "start",
        "status",
        "address",
        "businessUnitId",
        "campaignId",
        "customerType",
        "dismissingReasonId",
        "isFirstTimeClient",
        "isSendConfirmationEmail",
        "jobId",
        "jobTypeId",
        "priority",
        "summary",
        "uploadedImages",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.crm_v2_address_model import CrmV2AddressModel

        booking_provider_id = self.booking_provider_id

        created_on = self.created_on.isoformat()

        external_id = self.external_id

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        source = self.source

        start = self.start.isoformat()

        status = self.status.value

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, CrmV2AddressModel):
            address = self.address.to_dict()
        else:
            address = self.address

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

        customer_type: None | str | Unset
        if isinstance(self.customer_type, Unset):
            customer_type = UNSET
        elif isinstance(self.customer_type, CrmV2CustomerType):
            customer_type = self.customer_type.value
        else:
            customer_type = self.customer_type

        dismissing_reason_id: int | None | Unset
        if isinstance(self.dismissing_reason_id, Unset):
            dismissing_reason_id = UNSET
        else:
            dismissing_reason_id = self.dismissing_reason_id

        is_first_time_client: bool | None | Unset
        if isinstance(self.is_first_time_client, Unset):
            is_first_time_client = UNSET
        else:
            is_first_time_client = self.is_first_time_client

        is_send_confirmation_email: bool | None | Unset
        if isinstance(self.is_send_confirmation_email, Unset):
            is_send_confirmation_email = UNSET
        else:
            is_send_confirmation_email = self.is_send_confirmation_email

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_type_id: int | None | Unset
        if isinstance(self.job_type_id, Unset):
            job_type_id = UNSET
        else:
            job_type_id = self.job_type_id

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, CrmV2Priority):
            priority = self.priority.value
        else:
            priority = self.priority

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        uploaded_images: list[str] | None | Unset
        if isinstance(self.uploaded_images, Unset):
            uploaded_images = UNSET
        elif isinstance(self.uploaded_images, list):
            uploaded_images = self.uploaded_images

        else:
            uploaded_images = self.uploaded_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookingProviderId": booking_provider_id,
                "createdOn": created_on,
                "externalId": external_id,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "source": source,
                "start": start,
                "status": status,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if dismissing_reason_id is not UNSET:
            field_dict["dismissingReasonId"] = dismissing_reason_id
        if is_first_time_client is not UNSET:
            field_dict["isFirstTimeClient"] = is_first_time_client
        if is_send_confirmation_email is not UNSET:
            field_dict["isSendConfirmationEmail"] = is_send_confirmation_email
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if summary is not UNSET:
            field_dict["summary"] = summary
        if uploaded_images is not UNSET:
            field_dict["uploadedImages"] = uploaded_images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        booking_provider_id = d.pop("bookingProviderId")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        external_id = d.pop("externalId")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        source = d.pop("source")

        start = datetime.datetime.fromisoformat(d.pop("start"))

        status = CrmV2BookingStatus(d.pop("status"))

        address = d.pop("address", UNSET)
        if address is not None and not isinstance(address, Unset):
            if not isinstance(address, dict):
                raise TypeError()
            address_type_0 = _models.CrmV2AddressModel.from_dict(address)

            address = address_type_0

        business_unit_id = d.pop("businessUnitId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        customer_type = d.pop("customerType", UNSET)
        if customer_type is not None and not isinstance(customer_type, Unset):
            if not isinstance(customer_type, str):
                raise TypeError()
            customer_type_type_0 = CrmV2CustomerType(customer_type)

            customer_type = customer_type_type_0

        dismissing_reason_id = d.pop("dismissingReasonId", UNSET)

        is_first_time_client = d.pop("isFirstTimeClient", UNSET)

        is_send_confirmation_email = d.pop("isSendConfirmationEmail", UNSET)

        job_id = d.pop("jobId", UNSET)

        job_type_id = d.pop("jobTypeId", UNSET)

        priority = d.pop("priority", UNSET)
        if priority is not None and not isinstance(priority, Unset):
            if not isinstance(priority, str):
                raise TypeError()
            priority_type_0 = CrmV2Priority(priority)

            priority = priority_type_0

        summary = d.pop("summary", UNSET)

        uploaded_images = d.pop("uploadedImages", UNSET)
        if uploaded_images is not None and not isinstance(uploaded_images, Unset):
            if not isinstance(uploaded_images, list):
                raise TypeError()
            uploaded_images_type_0 = uploaded_images

            uploaded_images = uploaded_images_type_0

        crm_v2_booking_response = cls(
            booking_provider_id,
            created_on,
            external_id,
            id,
            modified_on,
            name,
            source,
            start,
            status,
            address,
            business_unit_id,
            campaign_id,
            customer_type,
            dismissing_reason_id,
            is_first_time_client,
            is_send_confirmation_email,
            job_id,
            job_type_id,
            priority,
            summary,
            uploaded_images,
        )

        crm_v2_booking_response.additional_properties = dict(d)
        return crm_v2_booking_response

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
