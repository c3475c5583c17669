from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.jpm_v2_export_job_history_entry import JpmV2ExportJobHistoryEntry


T = TypeVar("T", bound="JpmV2ExportJobHistoryResponse")


@_attrs_define
class JpmV2ExportJobHistoryResponse:
    """
    Attributes:
        history (list[JpmV2ExportJobHistoryEntry]): Job history entries
        job_id (int): ID of the job
    """

    history: list[JpmV2ExportJobHistoryEntry]
    job_id: int

    def to_dict(self) -> dict[str, Any]:
        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "history": history,
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jpm_v2_export_job_history_entry import JpmV2ExportJobHistoryEntry

        d = dict(src_dict)
        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = JpmV2ExportJobHistoryEntry.from_dict(history_item_data)

            history.append(history_item)

        job_id = d.pop("jobId")

        jpm_v2_export_job_history_response = cls(
            history=history,
            job_id=job_id,
        )

        return jpm_v2_export_job_history_response
