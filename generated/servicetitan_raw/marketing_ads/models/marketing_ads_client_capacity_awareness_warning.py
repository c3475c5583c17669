from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketingAdsClientCapacityAwarenessWarning")


@_attrs_define
class MarketingAdsClientCapacityAwarenessWarning:
    """
    Attributes:
        business_units (list[str]):
        campaign_name (str):
        lookahead_window (int):
        threshold_value (int):
        warning_type (str):
    """

    business_units: list[str]
    campaign_name: str
    lookahead_window: int
    threshold_value: int
    warning_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnits",
        "campaignName",
        "lookaheadWindow",
        "thresholdValue",
        "warningType",
    )

    def to_dict(self) -> dict[str, Any]:
        business_units = self.business_units

        campaign_name = self.campaign_name

        lookahead_window = self.lookahead_window

        threshold_value = self.threshold_value

        warning_type = self.warning_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessUnits": business_units,
                "campaignName": campaign_name,
                "lookaheadWindow": lookahead_window,
                "thresholdValue": threshold_value,
                "warningType": warning_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_units = d.pop("businessUnits")

        campaign_name = d.pop("campaignName")

        lookahead_window = d.pop("lookaheadWindow")

        threshold_value = d.pop("thresholdValue")

        warning_type = d.pop("warningType")

        marketing_ads_client_capacity_awareness_warning = cls(
            business_units,
            campaign_name,
            lookahead_window,
            threshold_value,
            warning_type,
        )

        marketing_ads_client_capacity_awareness_warning.additional_properties = dict(d)
        return marketing_ads_client_capacity_awareness_warning

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
