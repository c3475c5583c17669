from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketingV2UpdateCampaignCostRequest")


@_attrs_define
class MarketingV2UpdateCampaignCostRequest:
    """
    Attributes:
        daily_cost (float):
    """

    daily_cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("dailyCost",)

    def to_dict(self) -> dict[str, Any]:
        daily_cost = self.daily_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            daily_cost,
        )

        marketing_v2_update_campaign_cost_request.additional_properties = dict(d)
        return marketing_v2_update_campaign_cost_request

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
