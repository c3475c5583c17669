from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reporting_v2_report_data_async_status import (
    ReportingV2ReportDataAsyncStatus,
)

T = TypeVar("T", bound="ReportingV2ReportDataPendingResponse")


@_attrs_define
class ReportingV2ReportDataPendingResponse:
    """
    Attributes:
        status (ReportingV2ReportDataAsyncStatus):
        token (str):
    """

    status: ReportingV2ReportDataAsyncStatus
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "status",
        "token",
    )

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ReportingV2ReportDataAsyncStatus(d.pop("status"))

        token = d.pop("token")

        reporting_v2_report_data_pending_response = cls(
            status,
            token,
        )

        reporting_v2_report_data_pending_response.additional_properties = dict(d)
        return reporting_v2_report_data_pending_response

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
