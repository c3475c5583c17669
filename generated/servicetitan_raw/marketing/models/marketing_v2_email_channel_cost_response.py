from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingV2EmailChannelCostResponse")


@_attrs_define
class MarketingV2EmailChannelCostResponse:
    """
    Attributes:
        total_cost (float | None | Unset):
    """

    total_cost: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        total_cost: float | None | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_total_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_cost = _parse_total_cost(d.pop("totalCost", UNSET))

        marketing_v2_email_channel_cost_response = cls(
            total_cost=total_cost,
        )

        return marketing_v2_email_channel_cost_response
