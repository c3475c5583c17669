from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.telecom_v2_call_direction import TelecomV2CallDirection
from ..models.telecom_v2_call_status import TelecomV2CallStatus
from ..models.telecom_v2_call_type import TelecomV2CallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.telecom_v2_job_model import TelecomV2JobModel
    from ..models.telecom_v2_lead_model import TelecomV2LeadModel
    from ..models.telecom_v2_named_model import TelecomV2NamedModel


T = TypeVar("T", bound="TelecomV2ExportCallResponse")


@_attrs_define
class TelecomV2ExportCallResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        direction (TelecomV2CallDirection):
        duration (str):
        excuse_memo (str):
        from_ (str):
        id (int):
        modified_on (datetime.datetime):
        status (TelecomV2CallStatus):
        tag (str):
        to (str):
        agent (None | TelecomV2NamedModel | Unset):
        campaign (None | TelecomV2NamedModel | Unset):
        created_by (None | TelecomV2NamedModel | Unset):
        customer (None | TelecomV2NamedModel | Unset):
        job (None | TelecomV2JobModel | Unset):
        lead (None | TelecomV2LeadModel | Unset):
        location (None | TelecomV2NamedModel | Unset):
        reason (None | TelecomV2NamedModel | Unset):
        recording_url (None | str | Unset):
        type_ (None | TelecomV2CallType | Unset):
        voice_mail_path (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    direction: TelecomV2CallDirection
    duration: str
    excuse_memo: str
    from_: str
    id: int
    modified_on: datetime.datetime
    status: TelecomV2CallStatus
    tag: str
    to: str
    agent: None | TelecomV2NamedModel | Unset = UNSET
    campaign: None | TelecomV2NamedModel | Unset = UNSET
    created_by: None | TelecomV2NamedModel | Unset = UNSET
    customer: None | TelecomV2NamedModel | Unset = UNSET
    job: None | TelecomV2JobModel | Unset = UNSET
    lead: None | TelecomV2LeadModel | Unset = UNSET
    location: None | TelecomV2NamedModel | Unset = UNSET
    reason: None | TelecomV2NamedModel | Unset = UNSET
    recording_url: None | str | Unset = UNSET
    type_: None | TelecomV2CallType | Unset = UNSET
    voice_mail_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "direction",
        "duration",
        "excuseMemo",
        "from",
        "id",
        "modifiedOn",
        "status",
        "tag",
        "to",
        "agent",
        "campaign",
        "createdBy",
        "customer",
        "job",
        "lead",
        "location",
        "reason",
        "recordingUrl",
        "type",
        "voiceMailPath",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.telecom_v2_job_model import TelecomV2JobModel
        from ..models.telecom_v2_lead_model import TelecomV2LeadModel
        from ..models.telecom_v2_named_model import TelecomV2NamedModel

        active = self.active

        created_on = self.created_on.isoformat()

        direction = self.direction.value

        duration = self.duration

        excuse_memo = self.excuse_memo

        from_ = self.from_

        id = self.id

        modified_on = self.modified_on.isoformat()

        status = self.status.value

        tag = self.tag

        to = self.to

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, TelecomV2NamedModel):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        campaign: dict[str, Any] | None | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif isinstance(self.campaign, TelecomV2NamedModel):
            campaign = self.campaign.to_dict()
        else:
            campaign = self.campaign

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, TelecomV2NamedModel):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, TelecomV2NamedModel):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        job: dict[str, Any] | None | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, TelecomV2JobModel):
            job = self.job.to_dict()
        else:
            job = self.job

        lead: dict[str, Any] | None | Unset
        if isinstance(self.lead, Unset):
            lead = UNSET
        elif isinstance(self.lead, TelecomV2LeadModel):
            lead = self.lead.to_dict()
        else:
            lead = self.lead

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, TelecomV2NamedModel):
            location = self.location.to_dict()
        else:
            location = self.location

        reason: dict[str, Any] | None | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, TelecomV2NamedModel):
            reason = self.reason.to_dict()
        else:
            reason = self.reason

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TelecomV2CallType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        voice_mail_path: None | str | Unset
        if isinstance(self.voice_mail_path, Unset):
            voice_mail_path = UNSET
        else:
            voice_mail_path = self.voice_mail_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "direction": direction,
                "duration": duration,
                "excuseMemo": excuse_memo,
                "from": from_,
                "id": id,
                "modifiedOn": modified_on,
                "status": status,
                "tag": tag,
                "to": to,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if customer is not UNSET:
            field_dict["customer"] = customer
        if job is not UNSET:
            field_dict["job"] = job
        if lead is not UNSET:
            field_dict["lead"] = lead
        if location is not UNSET:
            field_dict["location"] = location
        if reason is not UNSET:
            field_dict["reason"] = reason
        if recording_url is not UNSET:
            field_dict["recordingUrl"] = recording_url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if voice_mail_path is not UNSET:
            field_dict["voiceMailPath"] = voice_mail_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        direction = TelecomV2CallDirection(d.pop("direction"))

        duration = d.pop("duration")

        excuse_memo = d.pop("excuseMemo")

        from_ = d.pop("from")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        status = TelecomV2CallStatus(d.pop("status"))

        tag = d.pop("tag")

        to = d.pop("to")

        agent = d.pop("agent", UNSET)
        if agent is not None and not isinstance(agent, Unset):
            if not isinstance(agent, dict):
                raise TypeError()
            agent_type_0 = _models.TelecomV2NamedModel.from_dict(agent)

            agent = agent_type_0

        campaign = d.pop("campaign", UNSET)
        if campaign is not None and not isinstance(campaign, Unset):
            if not isinstance(campaign, dict):
                raise TypeError()
            campaign_type_0 = _models.TelecomV2NamedModel.from_dict(campaign)

            campaign = campaign_type_0

        created_by = d.pop("createdBy", UNSET)
        if created_by is not None and not isinstance(created_by, Unset):
            if not isinstance(created_by, dict):
                raise TypeError()
            created_by_type_0 = _models.TelecomV2NamedModel.from_dict(created_by)

            created_by = created_by_type_0

        customer = d.pop("customer", UNSET)
        if customer is not None and not isinstance(customer, Unset):
            if not isinstance(customer, dict):
                raise TypeError()
            customer_type_0 = _models.TelecomV2NamedModel.from_dict(customer)

            customer = customer_type_0

        job = d.pop("job", UNSET)
        if job is not None and not isinstance(job, Unset):
            if not isinstance(job, dict):
                raise TypeError()
            job_type_0 = _models.TelecomV2JobModel.from_dict(job)

            job = job_type_0

        lead = d.pop("lead", UNSET)
        if lead is not None and not isinstance(lead, Unset):
            if not isinstance(lead, dict):
                raise TypeError()
            lead_type_0 = _models.TelecomV2LeadModel.from_dict(lead)

            lead = lead_type_0

        location = d.pop("location", UNSET)
        if location is not None and not isinstance(location, Unset):
            if not isinstance(location, dict):
                raise TypeError()
            location_type_0 = _models.TelecomV2NamedModel.from_dict(location)

            location = location_type_0

        reason = d.pop("reason", UNSET)
        if reason is not None and not isinstance(reason, Unset):
            if not isinstance(reason, dict):
                raise TypeError()
            reason_type_0 = _models.TelecomV2NamedModel.from_dict(reason)

            reason = reason_type_0

        recording_url = d.pop("recordingUrl", UNSET)

        type_ = d.pop("type", UNSET)
        if type_ is not None and not isinstance(type_, Unset):
            if not isinstance(type_, str):
                raise TypeError()
            type_type_0 = TelecomV2CallType(type_)

            type_ = type_type_0

        voice_mail_path = d.pop("voiceMailPath", UNSET)

        telecom_v2_export_call_response = cls(
            active,
            created_on,
            direction,
            duration,
            excuse_memo,
            from_,
            id,
            modified_on,
            status,
            tag,
            to,
            agent,
            campaign,
            created_by,
            customer,
            job,
            lead,
            location,
            reason,
            recording_url,
            type_,
            voice_mail_path,
        )

        telecom_v2_export_call_response.additional_properties = dict(d)
        return telecom_v2_export_call_response

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
