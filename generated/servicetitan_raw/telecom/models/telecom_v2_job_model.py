from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TelecomV2JobModel")


@_attrs_define
class TelecomV2JobModel:
    """
    Attributes:
        id (int): The ID of the job
        number (str): Human readable number of the job
    """

    id: int
    number: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "number": number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        telecom_v2_job_model = cls(
            id=id,
            number=number,
        )

        return telecom_v2_job_model
