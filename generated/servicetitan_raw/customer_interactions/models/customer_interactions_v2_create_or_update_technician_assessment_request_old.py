from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T", bound="CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequestOld"
)


@_attrs_define
class CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequestOld:
    """
    Attributes:
        value (float):
    """

    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("value",)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
                value,
            )
        )

        customer_interactions_v2_create_or_update_technician_assessment_request_old.additional_properties = dict(
            d
        )
        return (
            customer_interactions_v2_create_or_update_technician_assessment_request_old
        )

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
