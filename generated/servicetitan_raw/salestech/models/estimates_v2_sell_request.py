from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EstimatesV2SellRequest")


@_attrs_define
class EstimatesV2SellRequest:
    """
    Attributes:
        sold_by (int):
    """

    sold_by: int

    def to_dict(self) -> dict[str, Any]:
        sold_by = self.sold_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "soldBy": sold_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sold_by = d.pop("soldBy")

        estimates_v2_sell_request = cls(
            sold_by=sold_by,
        )

        return estimates_v2_sell_request
