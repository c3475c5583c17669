from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.marketing_v2_campaign_costs_summary_item import (
        MarketingV2CampaignCostsSummaryItem,
    )


T = TypeVar("T", bound="MarketingV2CampaignCostsSummaryResponse")


@_attrs_define
class MarketingV2CampaignCostsSummaryResponse:
    """
    Attributes:
        items (list[MarketingV2CampaignCostsSummaryItem]):
    """

    items: list[MarketingV2CampaignCostsSummaryItem]

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.marketing_v2_campaign_costs_summary_item import (
            MarketingV2CampaignCostsSummaryItem,
        )

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MarketingV2CampaignCostsSummaryItem.from_dict(items_item_data)

            items.append(items_item)

        marketing_v2_campaign_costs_summary_response = cls(
            items=items,
        )

        return marketing_v2_campaign_costs_summary_response
