from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerInteractionsV2TechnicianAssessmentResponse")


@_attrs_define
class CustomerInteractionsV2TechnicianAssessmentResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        job_id (int):
        modified_on (datetime.datetime):
        rating (float):
        technician_id (int):
    """

    active: bool
    created_on: datetime.datetime
    job_id: int
    modified_on: datetime.datetime
    rating: float
    technician_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "jobId",
        "modifiedOn",
        "rating",
        "technicianId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        job_id = self.job_id

        modified_on = self.modified_on.isoformat()

        rating = self.rating

        technician_id = self.technician_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "jobId": job_id,
                "modifiedOn": modified_on,
                "rating": rating,
                "technicianId": technician_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        job_id = d.pop("jobId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        rating = d.pop("rating")

        technician_id = d.pop("technicianId")

        customer_interactions_v2_technician_assessment_response = cls(
            active,
            created_on,
            job_id,
            modified_on,
            rating,
            technician_id,
        )

        customer_interactions_v2_technician_assessment_response.additional_properties = dict(
            d
        )
        return customer_interactions_v2_technician_assessment_response

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
