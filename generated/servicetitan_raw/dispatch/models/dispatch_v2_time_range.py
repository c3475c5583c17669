from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchV2TimeRange")


@_attrs_define
class DispatchV2TimeRange:
    """
    Attributes:
        from_hour (int):
        to_hour (int):
    """

    from_hour: int
    to_hour: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "fromHour",
        "toHour",
    )

    def to_dict(self) -> dict[str, Any]:
        from_hour = self.from_hour

        to_hour = self.to_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromHour": from_hour,
                "toHour": to_hour,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_hour = d.pop("fromHour")

        to_hour = d.pop("toHour")

        dispatch_v2_time_range = cls(
            from_hour,
            to_hour,
        )

        dispatch_v2_time_range.additional_properties = dict(d)
        return dispatch_v2_time_range

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
