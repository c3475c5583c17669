from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.dispatch_v2_gps_ping_result_status import DispatchV2GpsPingResultStatus

T = TypeVar("T", bound="DispatchV2GpsPingResponse")


@_attrs_define
class DispatchV2GpsPingResponse:
    """
    Attributes:
        external_id (str): Unique External ID for data point
        message (str): Gets or sets the response message received from the GPS provider about the unit at the time of
            recording
        status (DispatchV2GpsPingResultStatus):
    """

    external_id: str
    message: str
    status: DispatchV2GpsPingResultStatus

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        message = self.message

        status = self.status.value

        field_dict: dict[str, Any] = {}

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
            external_id=external_id,
            message=message,
            status=status,
        )

        return dispatch_v2_gps_ping_response
