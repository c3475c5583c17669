from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar(
    "T", bound="CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequest"
)


@_attrs_define
class CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequest:
    """
    Attributes:
        job_id (int):
        rating (float): Rating (0-10)
        technician_id (int):
    """

    job_id: int
    rating: float
    technician_id: int

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        rating = self.rating

        technician_id = self.technician_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobId": job_id,
                "rating": rating,
                "technicianId": technician_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        rating = d.pop("rating")

        technician_id = d.pop("technicianId")

        customer_interactions_v2_create_or_update_technician_assessment_request = cls(
            job_id=job_id,
            rating=rating,
            technician_id=technician_id,
        )

        return customer_interactions_v2_create_or_update_technician_assessment_request
