from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchV2TechnicianTrackingResponse")


@_attrs_define
class DispatchV2TechnicianTrackingResponse:
    """
    Attributes:
        technician_tracking_url (str):
    """

    technician_tracking_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("technicianTrackingUrl",)

    def to_dict(self) -> dict[str, Any]:
        technician_tracking_url = self.technician_tracking_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            technician_tracking_url,
        )

        dispatch_v2_technician_tracking_response.additional_properties = dict(d)
        return dispatch_v2_technician_tracking_response

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
