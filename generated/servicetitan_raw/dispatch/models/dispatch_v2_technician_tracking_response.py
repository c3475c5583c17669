from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DispatchV2TechnicianTrackingResponse")


@_attrs_define
class DispatchV2TechnicianTrackingResponse:
    """
    Attributes:
        technician_tracking_url (str): Url to allow tracking the technician's location
    """

    technician_tracking_url: str

    def to_dict(self) -> dict[str, Any]:
        technician_tracking_url = self.technician_tracking_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "technicianTrackingUrl": technician_tracking_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        technician_tracking_url = d.pop("technicianTrackingUrl")

        dispatch_v2_technician_tracking_response = cls(
            technician_tracking_url=technician_tracking_url,
        )

        return dispatch_v2_technician_tracking_response
