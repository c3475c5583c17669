from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketingAdsV2ExternalCallData")


@_attrs_define
class MarketingAdsV2ExternalCallData:
    """
    Attributes:
        call_started_on_utc (datetime.datetime):
        customer_phone_number (str):
        forwarding_phone_number (str):
        tracking_phone_number (str):
    """

    call_started_on_utc: datetime.datetime
    customer_phone_number: str
    forwarding_phone_number: str
    tracking_phone_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "callStartedOnUtc",
        "customerPhoneNumber",
        "forwardingPhoneNumber",
        "trackingPhoneNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        call_started_on_utc = self.call_started_on_utc.isoformat()

        customer_phone_number = self.customer_phone_number

        forwarding_phone_number = self.forwarding_phone_number

        tracking_phone_number = self.tracking_phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callStartedOnUtc": call_started_on_utc,
                "customerPhoneNumber": customer_phone_number,
                "forwardingPhoneNumber": forwarding_phone_number,
                "trackingPhoneNumber": tracking_phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_started_on_utc = datetime.datetime.fromisoformat(d.pop("callStartedOnUtc"))

        customer_phone_number = d.pop("customerPhoneNumber")

        forwarding_phone_number = d.pop("forwardingPhoneNumber")

        tracking_phone_number = d.pop("trackingPhoneNumber")

        marketing_ads_v2_external_call_data = cls(
            call_started_on_utc,
            customer_phone_number,
            forwarding_phone_number,
            tracking_phone_number,
        )

        marketing_ads_v2_external_call_data.additional_properties = dict(d)
        return marketing_ads_v2_external_call_data

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
