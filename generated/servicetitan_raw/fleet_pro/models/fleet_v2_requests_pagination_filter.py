from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "pageNumber",
        "pageSize",
    )

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            page_number,
            page_size,
        )

        fleet_v2_requests_pagination_filter.additional_properties = dict(d)
        return fleet_v2_requests_pagination_filter

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
