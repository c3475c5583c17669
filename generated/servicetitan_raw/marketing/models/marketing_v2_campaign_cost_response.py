from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarketingV2CampaignCostResponse")


@_attrs_define
class MarketingV2CampaignCostResponse:
    """
    Attributes:
        campaign_id (int):
        daily_cost (float):
        id (int):
        month (int):
        year (int):
    """

    campaign_id: int
    daily_cost: float
    id: int
    month: int
    year: int

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        daily_cost = self.daily_cost

        id = self.id

        month = self.month

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaignId": campaign_id,
                "dailyCost": daily_cost,
                "id": id,
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

        id = d.pop("id")

        month = d.pop("month")

        year = d.pop("year")

        marketing_v2_campaign_cost_response = cls(
            campaign_id=campaign_id,
            daily_cost=daily_cost,
            id=id,
            month=month,
            year=year,
        )

        return marketing_v2_campaign_cost_response
