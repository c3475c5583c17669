from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MembershipsV2MarkEventCompletedStatusUpdateRequest")


@_attrs_define
class MembershipsV2MarkEventCompletedStatusUpdateRequest:
    """
    Attributes:
        job_id (int): The job ID that the event is marked as completed/incompleted on
    """

    job_id: int

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        memberships_v2_mark_event_completed_status_update_request = cls(
            job_id=job_id,
        )

        return memberships_v2_mark_event_completed_status_update_request
