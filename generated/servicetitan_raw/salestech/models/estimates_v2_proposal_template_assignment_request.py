from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EstimatesV2ProposalTemplateAssignmentRequest")


@_attrs_define
class EstimatesV2ProposalTemplateAssignmentRequest:
    """
    Attributes:
        estimate_template_id (int):
        order (int):
        proposal_type_option_id (int):
    """

    estimate_template_id: int
    order: int
    proposal_type_option_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "estimateTemplateId",
        "order",
        "proposalTypeOptionId",
    )

    def to_dict(self) -> dict[str, Any]:
        estimate_template_id = self.estimate_template_id

        order = self.order

        proposal_type_option_id = self.proposal_type_option_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "estimateTemplateId": estimate_template_id,
                "order": order,
                "proposalTypeOptionId": proposal_type_option_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        estimate_template_id = d.pop("estimateTemplateId")

        order = d.pop("order")

        proposal_type_option_id = d.pop("proposalTypeOptionId")

        estimates_v2_proposal_template_assignment_request = cls(
            estimate_template_id,
            order,
            proposal_type_option_id,
        )

        estimates_v2_proposal_template_assignment_request.additional_properties = dict(
            d
        )
        return estimates_v2_proposal_template_assignment_request

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
