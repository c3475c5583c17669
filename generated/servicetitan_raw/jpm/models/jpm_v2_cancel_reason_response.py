from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JpmV2CancelReasonResponse")


@_attrs_define
class JpmV2CancelReasonResponse:
    """
    Attributes:
        job_id (int): Job ID
        name (str): Name of the reason
        reason_id (int): ID of the reason
        text (str): Text of the reason
    """

    job_id: int
    name: str
    reason_id: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        name = self.name

        reason_id = self.reason_id

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobId": job_id,
                "name": name,
                "reasonId": reason_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        name = d.pop("name")

        reason_id = d.pop("reasonId")

        text = d.pop("text")

        jpm_v2_cancel_reason_response = cls(
            job_id=job_id,
            name=name,
            reason_id=reason_id,
            text=text,
        )

        return jpm_v2_cancel_reason_response
