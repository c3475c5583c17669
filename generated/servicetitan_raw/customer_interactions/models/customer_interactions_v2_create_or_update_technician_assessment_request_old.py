from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar(
    "T", bound="CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequestOld"
)


@_attrs_define
class CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequestOld:
    """
    Attributes:
        value (float): Rating (0-10)
    """

    value: float

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        customer_interactions_v2_create_or_update_technician_assessment_request_old = (
            cls(
                value=value,
            )
        )

        return (
            customer_interactions_v2_create_or_update_technician_assessment_request_old
        )
