from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DispatchV2SetArrivalWindowStatusRequest")


@_attrs_define
class DispatchV2SetArrivalWindowStatusRequest:
    """
    Attributes:
        is_active (bool):
    """

    is_active: bool

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        field_dict: dict[str, Any] = {}

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
            is_active=is_active,
        )

        return dispatch_v2_set_arrival_window_status_request
