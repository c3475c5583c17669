from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.crm_v2_priority import CrmV2Priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_address_model import CrmV2AddressModel
    from ..models.crm_v2_booking_contact_model import CrmV2BookingContactModel


T = TypeVar("T", bound="CrmV2CreateBookingRequest")


@_attrs_define
class CrmV2CreateBookingRequest:
    """
    Attributes:
        external_id (str):
        is_first_time_client (bool):
        name (str):
        source (str):
        summary (str):
        address (CrmV2AddressModel | None | Unset):
        business_unit_id (int | None | Unset):
        campaign_id (int | None | Unset):
        contacts (list[CrmV2BookingContactModel] | None | Unset):
        customer_type (None | str | Unset):
        is_send_confirmation_email (bool | None | Unset):
        job_type_id (int | None | Unset):
        priority (CrmV2Priority | None | Unset):
        start (datetime.datetime | None | Unset):
        uploaded_images (list[str] | None | Unset):
    """

    external_id: str
    is_first_time_client: bool
    name: str
    source: str
    summary: str
    address: CrmV2AddressModel | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    contacts: list[CrmV2BookingContactModel] | None | Unset = UNSET
    customer_type: None | str | Unset = UNSET
    is_send_confirmation_email: bool | None | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    priority: CrmV2Priority | None | Unset = UNSET
    start: datetime.datetime | None | Unset = UNSET
    uploaded_images: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "externalId",
        "isFirstTimeClient",
        "name",
        "source",
        "summary",
        "address",
        "businessUnitId",
        "campaignId",
        "contacts",
        "customerType",
        "isSendConfirmationEmail",
        "jobTypeId",
        "priority",
        "start",
        "uploadedImages",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.crm_v2_address_model import CrmV2AddressModel

        external_id = self.external_id

        is_first_time_client = self.is_first_time_client

        name = self.name

        source = self.source

        summary = self.summary

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

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

        customer_type: None | str | Unset
        if isinstance(self.customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = self.customer_type

        is_send_confirmation_email: bool | None | Unset
        if isinstance(self.is_send_confirmation_email, Unset):
            is_send_confirmation_email = UNSET
        else:
            is_send_confirmation_email = self.is_send_confirmation_email

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

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

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
                "externalId": external_id,
                "isFirstTimeClient": is_first_time_client,
                "name": name,
                "source": source,
                "summary": summary,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if is_send_confirmation_email is not UNSET:
            field_dict["isSendConfirmationEmail"] = is_send_confirmation_email
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if start is not UNSET:
            field_dict["start"] = start
        if uploaded_images is not UNSET:
            field_dict["uploadedImages"] = uploaded_images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        is_first_time_client = d.pop("isFirstTimeClient")

        name = d.pop("name")

        source = d.pop("source")

        summary = d.pop("summary")

        address = d.pop("address", UNSET)
        if address is not None and not isinstance(address, Unset):
            if not isinstance(address, dict):
                raise TypeError()
            address_type_0 = _models.CrmV2AddressModel.from_dict(address)

            address = address_type_0

        business_unit_id = d.pop("businessUnitId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        contacts = d.pop("contacts", UNSET)
        if contacts is not None and not isinstance(contacts, Unset):
            if not isinstance(contacts, list):
                raise TypeError()
            contacts_type_0 = [
                _models.CrmV2BookingContactModel.from_dict(contacts_type_0_item_data)
                for contacts_type_0_item_data in contacts
            ]

            contacts = contacts_type_0

        customer_type = d.pop("customerType", UNSET)

        is_send_confirmation_email = d.pop("isSendConfirmationEmail", UNSET)

        job_type_id = d.pop("jobTypeId", UNSET)

        priority = d.pop("priority", UNSET)
        if priority is not None and not isinstance(priority, Unset):
            if not isinstance(priority, str):
                raise TypeError()
            priority_type_0 = CrmV2Priority(priority)

            priority = priority_type_0

        start = d.pop("start", UNSET)
        if start is not None and not isinstance(start, Unset):
            if not isinstance(start, str):
                raise TypeError()
            start_type_0 = datetime.datetime.fromisoformat(start)

            start = start_type_0

        uploaded_images = d.pop("uploadedImages", UNSET)
        if uploaded_images is not None and not isinstance(uploaded_images, Unset):
            if not isinstance(uploaded_images, list):
                raise TypeError()
            uploaded_images_type_0 = uploaded_images

            uploaded_images = uploaded_images_type_0

        crm_v2_create_booking_request = cls(
            external_id,
            is_first_time_client,
            name,
            source,
            summary,
            address,
            business_unit_id,
            campaign_id,
            contacts,
            customer_type,
            is_send_confirmation_email,
            job_type_id,
            priority,
            start,
            uploaded_images,
        )

        crm_v2_create_booking_request.additional_properties = dict(d)
        return crm_v2_create_booking_request

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
