from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marketing_ads_contracts_performance_ad_group import (
        MarketingAdsContractsPerformanceAdGroup,
    )
    from ..models.marketing_ads_contracts_performance_campaign import (
        MarketingAdsContractsPerformanceCampaign,
    )
    from ..models.marketing_ads_contracts_performance_digital_stats import (
        MarketingAdsContractsPerformanceDigitalStats,
    )
    from ..models.marketing_ads_contracts_performance_keyword import (
        MarketingAdsContractsPerformanceKeyword,
    )
    from ..models.marketing_ads_contracts_performance_lead_stats import (
        MarketingAdsContractsPerformanceLeadStats,
    )


T = TypeVar("T", bound="MarketingAdsContractsPerformanceGetPerformanceResponse")


@_attrs_define
class MarketingAdsContractsPerformanceGetPerformanceResponse:
    """
    Attributes:
        ad_group (MarketingAdsContractsPerformanceAdGroup):
        campaign (MarketingAdsContractsPerformanceCampaign):
        digital_stats (MarketingAdsContractsPerformanceDigitalStats):
        keyword (MarketingAdsContractsPerformanceKeyword):
        lead_stats (MarketingAdsContractsPerformanceLeadStats):
        return_on_investment (float | None | Unset):
    """

    ad_group: MarketingAdsContractsPerformanceAdGroup
    campaign: MarketingAdsContractsPerformanceCampaign
    digital_stats: MarketingAdsContractsPerformanceDigitalStats
    keyword: MarketingAdsContractsPerformanceKeyword
    lead_stats: MarketingAdsContractsPerformanceLeadStats
    return_on_investment: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "adGroup",
        "campaign",
        "digitalStats",
        "keyword",
        "leadStats",
        "returnOnInvestment",
    )

    def to_dict(self) -> dict[str, Any]:
        ad_group = self.ad_group.to_dict()

        campaign = self.campaign.to_dict()

        digital_stats = self.digital_stats.to_dict()

        keyword = self.keyword.to_dict()

        lead_stats = self.lead_stats.to_dict()

        return_on_investment: float | None | Unset
        if isinstance(self.return_on_investment, Unset):
            return_on_investment = UNSET
        else:
            return_on_investment = self.return_on_investment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adGroup": ad_group,
                "campaign": campaign,
                "digitalStats": digital_stats,
                "keyword": keyword,
                "leadStats": lead_stats,
            }
        )
        if return_on_investment is not UNSET:
            field_dict["returnOnInvestment"] = return_on_investment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_group = _models.MarketingAdsContractsPerformanceAdGroup.from_dict(
            d.pop("adGroup")
        )

        campaign = _models.MarketingAdsContractsPerformanceCampaign.from_dict(
            d.pop("campaign")
        )

        digital_stats = _models.MarketingAdsContractsPerformanceDigitalStats.from_dict(
            d.pop("digitalStats")
        )

        keyword = _models.MarketingAdsContractsPerformanceKeyword.from_dict(
            d.pop("keyword")
        )

        lead_stats = _models.MarketingAdsContractsPerformanceLeadStats.from_dict(
            d.pop("leadStats")
        )

        return_on_investment = d.pop("returnOnInvestment", UNSET)

        marketing_ads_contracts_performance_get_performance_response = cls(
            ad_group,
            campaign,
            digital_stats,
            keyword,
            lead_stats,
            return_on_investment,
        )

        marketing_ads_contracts_performance_get_performance_response.additional_properties = dict(
            d
        )
        return marketing_ads_contracts_performance_get_performance_response

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
