from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.jpm_v2_export_job_history_entry import JpmV2ExportJobHistoryEntry


T = TypeVar("T", bound="JpmV2ExportJobHistoryResponse")


@_attrs_define
class JpmV2ExportJobHistoryResponse:
    """
    Attributes:
        history (list[JpmV2ExportJobHistoryEntry]):
        job_id (int):
    """

    history: list[JpmV2ExportJobHistoryEntry]
    job_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "history",
        "jobId",
    )

    def to_dict(self) -> dict[str, Any]:
        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history": history,
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        history = [
            _models.JpmV2ExportJobHistoryEntry.from_dict(history_item_data)
            for history_item_data in d.pop("history")
        ]

        job_id = d.pop("jobId")

        jpm_v2_export_job_history_response = cls(
            history,
            job_id,
        )

        jpm_v2_export_job_history_response.additional_properties = dict(d)
        return jpm_v2_export_job_history_response

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
