from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DispatchV2BulkDeleteTechnicianShiftRequest")


@_attrs_define
class DispatchV2BulkDeleteTechnicianShiftRequest:
    """
    Attributes:
        end (datetime.datetime): The end date for the range deletion
        start (datetime.datetime): The start date for the range deletion
    """

    end: datetime.datetime
    start: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        end = self.end.isoformat()

        start = self.start.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end": end,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end = datetime.datetime.fromisoformat(d.pop("end"))

        start = datetime.datetime.fromisoformat(d.pop("start"))

        dispatch_v2_bulk_delete_technician_shift_request = cls(
            end=end,
            start=start,
        )

        return dispatch_v2_bulk_delete_technician_shift_request
