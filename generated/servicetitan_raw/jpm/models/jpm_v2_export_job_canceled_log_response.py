from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JpmV2ExportJobCanceledLogResponse")


@_attrs_define
class JpmV2ExportJobCanceledLogResponse:
    """
    Attributes:
        active (bool):
        created_by_id (int):
        created_on (datetime.datetime):
        id (int):
        job_id (int):
        reason_id (int):
        memo (None | str | Unset):
    """

    active: bool
    created_by_id: int
    created_on: datetime.datetime
    id: int
    job_id: int
    reason_id: int
    memo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdById",
        "createdOn",
        "id",
        "jobId",
        "reasonId",
        "memo",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        id = self.id

        job_id = self.job_id

        reason_id = self.reason_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdById": created_by_id,
                "createdOn": created_on,
                "id": id,
                "jobId": job_id,
                "reasonId": reason_id,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        job_id = d.pop("jobId")

        reason_id = d.pop("reasonId")

        memo = d.pop("memo", UNSET)

        jpm_v2_export_job_canceled_log_response = cls(
            active,
            created_by_id,
            created_on,
            id,
            job_id,
            reason_id,
            memo,
        )

        jpm_v2_export_job_canceled_log_response.additional_properties = dict(d)
        return jpm_v2_export_job_canceled_log_response

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
