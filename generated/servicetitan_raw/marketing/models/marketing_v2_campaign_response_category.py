from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarketingV2CampaignResponseCategory")


@_attrs_define
class MarketingV2CampaignResponseCategory:
    """
    Attributes:
        active (bool):
        id (int):
        name (str):
    """

    active: bool
    id: int
    name: str

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "active": active,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        id = d.pop("id")

        name = d.pop("name")

        marketing_v2_campaign_response_category = cls(
            active=active,
            id=id,
            name=name,
        )

        return marketing_v2_campaign_response_category
