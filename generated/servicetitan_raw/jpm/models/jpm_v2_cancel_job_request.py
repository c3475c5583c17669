from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JpmV2CancelJobRequest")


@_attrs_define
class JpmV2CancelJobRequest:
    """
    Attributes:
        memo (str):
        reason_id (int):
    """

    memo: str
    reason_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "memo",
        "reasonId",
    )

    def to_dict(self) -> dict[str, Any]:
        memo = self.memo

        reason_id = self.reason_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            memo,
            reason_id,
        )

        jpm_v2_cancel_job_request.additional_properties = dict(d)
        return jpm_v2_cancel_job_request

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
