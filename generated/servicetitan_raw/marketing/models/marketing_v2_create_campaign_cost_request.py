from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarketingV2CreateCampaignCostRequest")


@_attrs_define
class MarketingV2CreateCampaignCostRequest:
    """
    Attributes:
        campaign_id (int):
        daily_cost (float):
        month (int):
        year (int):
    """

    campaign_id: int
    daily_cost: float
    month: int
    year: int

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        daily_cost = self.daily_cost

        month = self.month

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaignId": campaign_id,
                "dailyCost": daily_cost,
                "month": month,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id = d.pop("campaignId")

        daily_cost = d.pop("dailyCost")

        month = d.pop("month")

        year = d.pop("year")

        marketing_v2_create_campaign_cost_request = cls(
            campaign_id=campaign_id,
            daily_cost=daily_cost,
            month=month,
            year=year,
        )

        return marketing_v2_create_campaign_cost_request
