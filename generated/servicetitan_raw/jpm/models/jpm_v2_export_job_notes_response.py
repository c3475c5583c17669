from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JpmV2ExportJobNotesResponse")


@_attrs_define
class JpmV2ExportJobNotesResponse:
    """
    Attributes:
        active (bool):
        created_by_id (int):
        created_on (datetime.datetime):
        id (int):
        is_pinned (bool):
        job_id (int):
        modified_on (datetime.datetime):
        text (str):
    """

    active: bool
    created_by_id: int
    created_on: datetime.datetime
    id: int
    is_pinned: bool
    job_id: int
    modified_on: datetime.datetime
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdById",
        "createdOn",
        "id",
        "isPinned",
        "jobId",
        "modifiedOn",
        "text",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        id = self.id

        is_pinned = self.is_pinned

        job_id = self.job_id

        modified_on = self.modified_on.isoformat()

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdById": created_by_id,
                "createdOn": created_on,
                "id": id,
                "isPinned": is_pinned,
                "jobId": job_id,
                "modifiedOn": modified_on,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        is_pinned = d.pop("isPinned")

        job_id = d.pop("jobId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        text = d.pop("text")

        jpm_v2_export_job_notes_response = cls(
            active,
            created_by_id,
            created_on,
            id,
            is_pinned,
            job_id,
            modified_on,
            text,
        )

        jpm_v2_export_job_notes_response.additional_properties = dict(d)
        return jpm_v2_export_job_notes_response

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
