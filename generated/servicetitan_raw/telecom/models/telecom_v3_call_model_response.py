from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.telecom_v3_call_direction import TelecomV3CallDirection
from ..models.telecom_v3_call_type import TelecomV3CallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.module_telecom_shared_tag_response_model import (
        ModuleTelecomSharedTagResponseModel,
    )
    from ..models.telecom_v2_named_model import TelecomV2NamedModel
    from ..models.telecom_v3_call_agent_model import TelecomV3CallAgentModel
    from ..models.telecom_v3_call_reason_model import TelecomV3CallReasonModel


T = TypeVar("T", bound="TelecomV3CallModelResponse")


@_attrs_define
class TelecomV3CallModelResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        direction (TelecomV3CallDirection):
        duration (str):
        from_ (str):
        id (int):
        modified_on (datetime.datetime):
        received_on (datetime.datetime):
        to (str):
        agent (None | TelecomV3CallAgentModel | Unset):
        call_type (None | TelecomV3CallType | Unset):
        campaign (None | TelecomV2NamedModel | Unset):
        created_by (None | TelecomV2NamedModel | Unset):
        customer (None | TelecomV2NamedModel | Unset):
        reason (None | TelecomV3CallReasonModel | Unset):
        recording_url (None | str | Unset):
        sid (None | str | Unset):
        tags (list[ModuleTelecomSharedTagResponseModel] | None | Unset):
        voice_mail_url (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    direction: TelecomV3CallDirection
    duration: str
    from_: str
    id: int
    modified_on: datetime.datetime
    received_on: datetime.datetime
    to: str
    agent: None | TelecomV3CallAgentModel | Unset = UNSET
    call_type: None | TelecomV3CallType | Unset = UNSET
    campaign: None | TelecomV2NamedModel | Unset = UNSET
    created_by: None | TelecomV2NamedModel | Unset = UNSET
    customer: None | TelecomV2NamedModel | Unset = UNSET
    reason: None | TelecomV3CallReasonModel | Unset = UNSET
    recording_url: None | str | Unset = UNSET
    sid: None | str | Unset = UNSET
    tags: list[ModuleTelecomSharedTagResponseModel] | None | Unset = UNSET
    voice_mail_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "direction",
        "duration",
        "from",
        "id",
        "modifiedOn",
        "receivedOn",
        "to",
        "agent",
        "callType",
        "campaign",
        "createdBy",
        "customer",
        "reason",
        "recordingUrl",
        "sid",
        "tags",
        "voiceMailUrl",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.telecom_v2_named_model import TelecomV2NamedModel
        from ..models.telecom_v3_call_agent_model import TelecomV3CallAgentModel
        from ..models.telecom_v3_call_reason_model import TelecomV3CallReasonModel

        active = self.active

        created_on = self.created_on.isoformat()

        direction = self.direction.value

        duration = self.duration

        from_ = self.from_

        id = self.id

        modified_on = self.modified_on.isoformat()

        received_on = self.received_on.isoformat()

        to = self.to

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, TelecomV3CallAgentModel):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        call_type: None | str | Unset
        if isinstance(self.call_type, Unset):
            call_type = UNSET
        elif isinstance(self.call_type, TelecomV3CallType):
            call_type = self.call_type.value
        else:
            call_type = self.call_type

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

        reason: dict[str, Any] | None | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, TelecomV3CallReasonModel):
            reason = self.reason.to_dict()
        else:
            reason = self.reason

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        voice_mail_url: None | str | Unset
        if isinstance(self.voice_mail_url, Unset):
            voice_mail_url = UNSET
        else:
            voice_mail_url = self.voice_mail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "direction": direction,
                "duration": duration,
                "from": from_,
                "id": id,
                "modifiedOn": modified_on,
                "receivedOn": received_on,
                "to": to,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if call_type is not UNSET:
            field_dict["callType"] = call_type
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if customer is not UNSET:
            field_dict["customer"] = customer
        if reason is not UNSET:
            field_dict["reason"] = reason
        if recording_url is not UNSET:
            field_dict["recordingUrl"] = recording_url
        if sid is not UNSET:
            field_dict["sid"] = sid
        if tags is not UNSET:
            field_dict["tags"] = tags
        if voice_mail_url is not UNSET:
            field_dict["voiceMailUrl"] = voice_mail_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        direction = TelecomV3CallDirection(d.pop("direction"))

        duration = d.pop("duration")

        from_ = d.pop("from")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        received_on = datetime.datetime.fromisoformat(d.pop("receivedOn"))

        to = d.pop("to")

        agent = d.pop("agent", UNSET)
        if agent is not None and not isinstance(agent, Unset):
            if not isinstance(agent, dict):
                raise TypeError()
            agent_type_0 = _models.TelecomV3CallAgentModel.from_dict(agent)

            agent = agent_type_0

        call_type = d.pop("callType", UNSET)
        if call_type is not None and not isinstance(call_type, Unset):
            if not isinstance(call_type, str):
                raise TypeError()
            call_type_type_0 = TelecomV3CallType(call_type)

            call_type = call_type_type_0

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

        reason = d.pop("reason", UNSET)
        if reason is not None and not isinstance(reason, Unset):
            if not isinstance(reason, dict):
                raise TypeError()
            reason_type_0 = _models.TelecomV3CallReasonModel.from_dict(reason)

            reason = reason_type_0

        recording_url = d.pop("recordingUrl", UNSET)

        sid = d.pop("sid", UNSET)

        tags = d.pop("tags", UNSET)
        if tags is not None and not isinstance(tags, Unset):
            if not isinstance(tags, list):
                raise TypeError()
            tags_type_0 = [
                _models.ModuleTelecomSharedTagResponseModel.from_dict(
                    tags_type_0_item_data
                )
                for tags_type_0_item_data in tags
            ]

            tags = tags_type_0

        voice_mail_url = d.pop("voiceMailUrl", UNSET)

        telecom_v3_call_model_response = cls(
            active,
            created_on,
            direction,
            duration,
            from_,
            id,
            modified_on,
            received_on,
            to,
            agent,
            call_type,
            campaign,
            created_by,
            customer,
            reason,
            recording_url,
            sid,
            tags,
            voice_mail_url,
        )

        telecom_v3_call_model_response.additional_properties = dict(d)
        return telecom_v3_call_model_response

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
