from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispatch_v2_gps_ping_result_status import DispatchV2GpsPingResultStatus

T = TypeVar("T", bound="DispatchV2GpsPingResponse")


@_attrs_define
class DispatchV2GpsPingResponse:
    """
    Attributes:
        external_id (str):
        message (str):
        status (DispatchV2GpsPingResultStatus):
    """

    external_id: str
    message: str
    status: DispatchV2GpsPingResultStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "externalId",
        "message",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        message = self.message

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "message": message,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        message = d.pop("message")

        status = DispatchV2GpsPingResultStatus(d.pop("status"))

        dispatch_v2_gps_ping_response = cls(
            external_id,
            message,
            status,
        )

        dispatch_v2_gps_ping_response.additional_properties = dict(d)
        return dispatch_v2_gps_ping_response

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
