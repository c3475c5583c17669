from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarketingV2UpdateCampaignCostRequest")


@_attrs_define
class MarketingV2UpdateCampaignCostRequest:
    """
    Attributes:
        daily_cost (float):
    """

    daily_cost: float

    def to_dict(self) -> dict[str, Any]:
        daily_cost = self.daily_cost

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dailyCost": daily_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        daily_cost = d.pop("dailyCost")

        marketing_v2_update_campaign_cost_request = cls(
            daily_cost=daily_cost,
        )

        return marketing_v2_update_campaign_cost_request
