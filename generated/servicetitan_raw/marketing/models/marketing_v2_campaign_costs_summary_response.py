from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("items",)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        items = [
            _models.MarketingV2CampaignCostsSummaryItem.from_dict(items_item_data)
            for items_item_data in d.pop("items")
        ]

        marketing_v2_campaign_costs_summary_response = cls(
            items,
        )

        marketing_v2_campaign_costs_summary_response.additional_properties = dict(d)
        return marketing_v2_campaign_costs_summary_response

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
