from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingV2CampaignCostsSummaryItem")


@_attrs_define
class MarketingV2CampaignCostsSummaryItem:
    """
    Attributes:
        campaign_id (int):
        campaign_name (str):
        total_cost (float | None | Unset):
    """

    campaign_id: int
    campaign_name: str
    total_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "campaignId",
        "campaignName",
        "totalCost",
    )

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        campaign_name = self.campaign_name

        total_cost: float | None | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "campaignName": campaign_name,
            }
        )
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id = d.pop("campaignId")

        campaign_name = d.pop("campaignName")

        total_cost = d.pop("totalCost", UNSET)

        marketing_v2_campaign_costs_summary_item = cls(
            campaign_id,
            campaign_name,
            total_cost,
        )

        marketing_v2_campaign_costs_summary_item.additional_properties = dict(d)
        return marketing_v2_campaign_costs_summary_item

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
