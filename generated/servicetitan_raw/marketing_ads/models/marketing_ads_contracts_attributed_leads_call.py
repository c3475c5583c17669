from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingAdsContractsAttributedLeadsCall")


@_attrs_define
class MarketingAdsContractsAttributedLeadsCall:
    """
    Attributes:
        caller_number (str):
        duration (str):
        excused_reason (str):
        source (str):
        tracking_number (str):
        type_ (str):
        id (int | None | Unset):
    """

    caller_number: str
    duration: str
    excused_reason: str
    source: str
    tracking_number: str
    type_: str
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "callerNumber",
        "duration",
        "excusedReason",
        "source",
        "trackingNumber",
        "type",
        "id",
    )

    def to_dict(self) -> dict[str, Any]:
        caller_number = self.caller_number

        duration = self.duration

        excused_reason = self.excused_reason

        source = self.source

        tracking_number = self.tracking_number

        type_ = self.type_

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callerNumber": caller_number,
                "duration": duration,
                "excusedReason": excused_reason,
                "source": source,
                "trackingNumber": tracking_number,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        caller_number = d.pop("callerNumber")

        duration = d.pop("duration")

        excused_reason = d.pop("excusedReason")

        source = d.pop("source")

        tracking_number = d.pop("trackingNumber")

        type_ = d.pop("type")

        id = d.pop("id", UNSET)

        marketing_ads_contracts_attributed_leads_call = cls(
            caller_number,
            duration,
            excused_reason,
            source,
            tracking_number,
            type_,
            id,
        )

        marketing_ads_contracts_attributed_leads_call.additional_properties = dict(d)
        return marketing_ads_contracts_attributed_leads_call

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
