from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingV2CampaignCategoryUpdateRequest")


@_attrs_define
class MarketingV2CampaignCategoryUpdateRequest:
    """
    Attributes:
        name (str):
        active (bool | None | Unset):
    """

    name: str
    active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        marketing_v2_campaign_category_update_request = cls(
            name=name,
            active=active,
        )

        return marketing_v2_campaign_category_update_request
