from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.telecom_call_type import TelecomCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_in_model import CustomerInModel
    from ..models.location_in_model import LocationInModel
    from ..models.module_telecom_shared_reason_in_model import (
        ModuleTelecomSharedReasonInModel,
    )


T = TypeVar("T", bound="ModuleTelecomSharedCallInUpdateModelV2")


@_attrs_define
class ModuleTelecomSharedCallInUpdateModelV2:
    """
    Attributes:
        customer (CustomerInModel):
        excuse_memo (str):
        location (LocationInModel):
        reason (ModuleTelecomSharedReasonInModel):
        tag (str):
        agent_id (int | None | Unset):
        call_id (int | None | Unset):
        call_type (None | TelecomCallType | Unset):
        campaign_id (int | None | Unset):
        job_id (int | None | Unset):
    """

    customer: CustomerInModel
    excuse_memo: str
    location: LocationInModel
    reason: ModuleTelecomSharedReasonInModel
    tag: str
    agent_id: int | None | Unset = UNSET
    call_id: int | None | Unset = UNSET
    call_type: None | TelecomCallType | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "customer",
        "excuseMemo",
        "location",
        "reason",
        "tag",
        "agentId",
        "callId",
        "callType",
        "campaignId",
        "jobId",
    )

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        excuse_memo = self.excuse_memo

        location = self.location.to_dict()

        reason = self.reason.to_dict()

        tag = self.tag

        agent_id: int | None | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        call_id: int | None | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        call_type: None | str | Unset
        if isinstance(self.call_type, Unset):
            call_type = UNSET
        elif isinstance(self.call_type, TelecomCallType):
            call_type = self.call_type.value
        else:
            call_type = self.call_type

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "excuseMemo": excuse_memo,
                "location": location,
                "reason": reason,
                "tag": tag,
            }
        )
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if call_type is not UNSET:
            field_dict["callType"] = call_type
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer = _models.CustomerInModel.from_dict(d.pop("customer"))

        excuse_memo = d.pop("excuseMemo")

        location = _models.LocationInModel.from_dict(d.pop("location"))

        reason = _models.ModuleTelecomSharedReasonInModel.from_dict(d.pop("reason"))

        tag = d.pop("tag")

        agent_id = d.pop("agentId", UNSET)

        call_id = d.pop("callId", UNSET)

        call_type = d.pop("callType", UNSET)
        if call_type is not None and not isinstance(call_type, Unset):
            if not isinstance(call_type, str):
                raise TypeError()
            call_type_type_0 = TelecomCallType(call_type)

            call_type = call_type_type_0

        campaign_id = d.pop("campaignId", UNSET)

        job_id = d.pop("jobId", UNSET)

        module_telecom_shared_call_in_update_model_v2 = cls(
            customer,
            excuse_memo,
            location,
            reason,
            tag,
            agent_id,
            call_id,
            call_type,
            campaign_id,
            job_id,
        )

        module_telecom_shared_call_in_update_model_v2.additional_properties = dict(d)
        return module_telecom_shared_call_in_update_model_v2

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
