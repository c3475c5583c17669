from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.telecom_call_direction import TelecomCallDirection
from ..models.telecom_call_type import TelecomCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_contracts_customers_customer_model import (
        CrmContractsCustomersCustomerModel,
    )
    from ..models.marketing_core_campaign_model import MarketingCoreCampaignModel
    from ..models.module_telecom_shared_call_agent_model import (
        ModuleTelecomSharedCallAgentModel,
    )
    from ..models.module_telecom_shared_call_reason_model import (
        ModuleTelecomSharedCallReasonModel,
    )
    from ..models.module_telecom_shared_tag_response_model import (
        ModuleTelecomSharedTagResponseModel,
    )
    from ..models.services_named_model import ServicesNamedModel


T = TypeVar("T", bound="ModuleTelecomSharedDetailedCallModel")


@_attrs_define
class ModuleTelecomSharedDetailedCallModel:
    """
    Attributes:
        agent (ModuleTelecomSharedCallAgentModel):
        campaign (MarketingCoreCampaignModel):
        created_by (ServicesNamedModel):
        customer (CrmContractsCustomersCustomerModel):
        direction (TelecomCallDirection):
        duration (str):
        from_ (str):
        id (int):
        modified_on (datetime.datetime):
        reason (ModuleTelecomSharedCallReasonModel):
        received_on (datetime.datetime):
        recording_url (str):
        sid (str):
        tags (list[ModuleTelecomSharedTagResponseModel]):
        to (str):
        voice_mail_url (str):
        call_type (None | TelecomCallType | Unset):
    """

    agent: ModuleTelecomSharedCallAgentModel
    campaign: MarketingCoreCampaignModel
    created_by: ServicesNamedModel
    customer: CrmContractsCustomersCustomerModel
    direction: TelecomCallDirection
    duration: str
    from_: str
    id: int
    modified_on: datetime.datetime
    reason: ModuleTelecomSharedCallReasonModel
    received_on: datetime.datetime
    recording_url: str
    sid: str
    tags: list[ModuleTelecomSharedTagResponseModel]
    to: str
    voice_mail_url: str
    call_type: None | TelecomCallType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "agent",
        "campaign",
        "createdBy",
        "customer",
        "direction",
        "duration",
        "from",
        "id",
        "modifiedOn",
        "reason",
        "receivedOn",
        "recordingUrl",
        "sid",
        "tags",
        "to",
        "voiceMailUrl",
        "callType",
    )

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent.to_dict()

        campaign = self.campaign.to_dict()

        created_by = self.created_by.to_dict()

        customer = self.customer.to_dict()

        direction = self.direction.value

        duration = self.duration

        from_ = self.from_

        id = self.id

        modified_on = self.modified_on.isoformat()

        reason = self.reason.to_dict()

        received_on = self.received_on.isoformat()

        recording_url = self.recording_url

        sid = self.sid

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        to = self.to

        voice_mail_url = self.voice_mail_url

        call_type: None | str | Unset
        if isinstance(self.call_type, Unset):
            call_type = UNSET
        elif isinstance(self.call_type, TelecomCallType):
            call_type = self.call_type.value
        else:
            call_type = self.call_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
                "campaign": campaign,
                "createdBy": created_by,
                "customer": customer,
                "direction": direction,
                "duration": duration,
                "from": from_,
                "id": id,
                "modifiedOn": modified_on,
                "reason": reason,
                "receivedOn": received_on,
                "recordingUrl": recording_url,
                "sid": sid,
                "tags": tags,
                "to": to,
                "voiceMailUrl": voice_mail_url,
            }
        )
        if call_type is not UNSET:
            field_dict["callType"] = call_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent = _models.ModuleTelecomSharedCallAgentModel.from_dict(d.pop("agent"))

        campaign = _models.MarketingCoreCampaignModel.from_dict(d.pop("campaign"))

        created_by = _models.ServicesNamedModel.from_dict(d.pop("createdBy"))

        customer = _models.CrmContractsCustomersCustomerModel.from_dict(
            d.pop("customer")
        )

        direction = TelecomCallDirection(d.pop("direction"))

        duration = d.pop("duration")

        from_ = d.pop("from")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        reason = _models.ModuleTelecomSharedCallReasonModel.from_dict(d.pop("reason"))

        received_on = datetime.datetime.fromisoformat(d.pop("receivedOn"))

        recording_url = d.pop("recordingUrl")

        sid = d.pop("sid")

        tags = [
            _models.ModuleTelecomSharedTagResponseModel.from_dict(tags_item_data)
            for tags_item_data in d.pop("tags")
        ]

        to = d.pop("to")

        voice_mail_url = d.pop("voiceMailUrl")

        call_type = d.pop("callType", UNSET)
        if call_type is not None and not isinstance(call_type, Unset):
            if not isinstance(call_type, str):
                raise TypeError()
            call_type_type_0 = TelecomCallType(call_type)

            call_type = call_type_type_0

        module_telecom_shared_detailed_call_model = cls(
            agent,
            campaign,
            created_by,
            customer,
            direction,
            duration,
            from_,
            id,
            modified_on,
            reason,
            received_on,
            recording_url,
            sid,
            tags,
            to,
            voice_mail_url,
            call_type,
        )

        module_telecom_shared_detailed_call_model.additional_properties = dict(d)
        return module_telecom_shared_detailed_call_model

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
