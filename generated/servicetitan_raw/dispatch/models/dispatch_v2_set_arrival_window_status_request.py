from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchV2SetArrivalWindowStatusRequest")


@_attrs_define
class DispatchV2SetArrivalWindowStatusRequest:
    """
    Attributes:
        is_active (bool):
    """

    is_active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("isActive",)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isActive": is_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_active = d.pop("isActive")

        dispatch_v2_set_arrival_window_status_request = cls(
            is_active,
        )

        dispatch_v2_set_arrival_window_status_request.additional_properties = dict(d)
        return dispatch_v2_set_arrival_window_status_request

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
