from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FleetV2RequestsPaginationFilter")


@_attrs_define
class FleetV2RequestsPaginationFilter:
    """
    Attributes:
        page_number (int):
        page_size (int):
    """

    page_number: int
    page_size: int

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_size = self.page_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pageNumber": page_number,
                "pageSize": page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page_number = d.pop("pageNumber")

        page_size = d.pop("pageSize")

        fleet_v2_requests_pagination_filter = cls(
            page_number=page_number,
            page_size=page_size,
        )

        return fleet_v2_requests_pagination_filter
