from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JpmV2CancelJobRequest")


@_attrs_define
class JpmV2CancelJobRequest:
    """
    Attributes:
        memo (str): Memo of job cancel reason
        reason_id (int): ID of job cancel reason
    """

    memo: str
    reason_id: int

    def to_dict(self) -> dict[str, Any]:
        memo = self.memo

        reason_id = self.reason_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "memo": memo,
                "reasonId": reason_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        memo = d.pop("memo")

        reason_id = d.pop("reasonId")

        jpm_v2_cancel_job_request = cls(
            memo=memo,
            reason_id=reason_id,
        )

        return jpm_v2_cancel_job_request
