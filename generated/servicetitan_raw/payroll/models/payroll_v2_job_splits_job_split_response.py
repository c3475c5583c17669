from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayrollV2JobSplitsJobSplitResponse")


@_attrs_define
class PayrollV2JobSplitsJobSplitResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        id (int):
        job_id (int):
        modified_on (datetime.datetime):
        split (float):
        technician_id (int):
    """

    created_on: datetime.datetime
    id: int
    job_id: int
    modified_on: datetime.datetime
    split: float
    technician_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "id",
        "jobId",
        "modifiedOn",
        "split",
        "technicianId",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        id = self.id

        job_id = self.job_id

        modified_on = self.modified_on.isoformat()

        split = self.split

        technician_id = self.technician_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "id": id,
                "jobId": job_id,
                "modifiedOn": modified_on,
                "split": split,
                "technicianId": technician_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        job_id = d.pop("jobId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        split = d.pop("split")

        technician_id = d.pop("technicianId")

        payroll_v2_job_splits_job_split_response = cls(
            created_on,
            id,
            job_id,
            modified_on,
            split,
            technician_id,
        )

        payroll_v2_job_splits_job_split_response.additional_properties = dict(d)
        return payroll_v2_job_splits_job_split_response

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
