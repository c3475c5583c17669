from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingAdsContractsPerformanceDigitalStats")


@_attrs_define
class MarketingAdsContractsPerformanceDigitalStats:
    """
    Attributes:
        average_cpc (float):
        clicks (int):
        conversions (int):
        cost (float):
        impressions (int):
        all_conversions (float | None | Unset):
        click_rate (float | None | Unset):
        conversion_rate (float | None | Unset):
        cost_per_conversion (float | None | Unset):
        impression_share (float | None | Unset):
    """

    average_cpc: float
    clicks: int
    conversions: int
    cost: float
    impressions: int
    all_conversions: float | None | Unset = UNSET
    click_rate: float | None | Unset = UNSET
    conversion_rate: float | None | Unset = UNSET
    cost_per_conversion: float | None | Unset = UNSET
    impression_share: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "averageCPC",
        "clicks",
        "conversions",
        "cost",
        "impressions",
        "allConversions",
        "clickRate",
        "conversionRate",
        "costPerConversion",
        "impressionShare",
    )

    def to_dict(self) -> dict[str, Any]:
        average_cpc = self.average_cpc

        clicks = self.clicks

        conversions = self.conversions

        cost = self.cost

        impressions = self.impressions

        all_conversions: float | None | Unset
        if isinstance(self.all_conversions, Unset):
            all_conversions = UNSET
        else:
            all_conversions = self.all_conversions

        click_rate: float | None | Unset
        if isinstance(self.click_rate, Unset):
            click_rate = UNSET
        else:
            click_rate = self.click_rate

        conversion_rate: float | None | Unset
        if isinstance(self.conversion_rate, Unset):
            conversion_rate = UNSET
        else:
            conversion_rate = self.conversion_rate

        cost_per_conversion: float | None | Unset
        if isinstance(self.cost_per_conversion, Unset):
            cost_per_conversion = UNSET
        else:
            cost_per_conversion = self.cost_per_conversion

        impression_share: float | None | Unset
        if isinstance(self.impression_share, Unset):
            impression_share = UNSET
        else:
            impression_share = self.impression_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "averageCPC": average_cpc,
                "clicks": clicks,
                "conversions": conversions,
                "cost": cost,
                "impressions": impressions,
            }
        )
        if all_conversions is not UNSET:
            field_dict["allConversions"] = all_conversions
        if click_rate is not UNSET:
            field_dict["clickRate"] = click_rate
        if conversion_rate is not UNSET:
            field_dict["conversionRate"] = conversion_rate
        if cost_per_conversion is not UNSET:
            field_dict["costPerConversion"] = cost_per_conversion
        if impression_share is not UNSET:
            field_dict["impressionShare"] = impression_share

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        average_cpc = d.pop("averageCPC")

        clicks = d.pop("clicks")

        conversions = d.pop("conversions")

        cost = d.pop("cost")

        impressions = d.pop("impressions")

        all_conversions = d.pop("allConversions", UNSET)

        click_rate = d.pop("clickRate", UNSET)

        conversion_rate = d.pop("conversionRate", UNSET)

        cost_per_conversion = d.pop("costPerConversion", UNSET)

        impression_share = d.pop("impressionShare", UNSET)

        marketing_ads_contracts_performance_digital_stats = cls(
            average_cpc,
            clicks,
            conversions,
            cost,
            impressions,
            all_conversions,
            click_rate,
            conversion_rate,
            cost_per_conversion,
            impression_share,
        )

        marketing_ads_contracts_performance_digital_stats.additional_properties = dict(
            d
        )
        return marketing_ads_contracts_performance_digital_stats

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
