from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "campaignId",
        "dailyCost",
        "month",
        "year",
    )

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        daily_cost = self.daily_cost

        month = self.month

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            campaign_id,
            daily_cost,
            month,
            year,
        )

        marketing_v2_create_campaign_cost_request.additional_properties = dict(d)
        return marketing_v2_create_campaign_cost_request

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
