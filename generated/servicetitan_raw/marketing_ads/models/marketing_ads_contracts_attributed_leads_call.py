from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        marketing_ads_contracts_attributed_leads_call = cls(
            caller_number=caller_number,
            duration=duration,
            excused_reason=excused_reason,
            source=source,
            tracking_number=tracking_number,
            type_=type_,
            id=id,
        )

        return marketing_ads_contracts_attributed_leads_call
