from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EstimatesV2ProposalTemplateAssignmentRequest")


@_attrs_define
class EstimatesV2ProposalTemplateAssignmentRequest:
    """
    Attributes:
        estimate_template_id (int): ID of the estimate template to use for this option. Obtain from GET /estimate-
            templates.
        order (int):
        proposal_type_option_id (int): ID of the proposal type option to assign. Obtain from GET /proposal-types.
    """

    estimate_template_id: int
    order: int
    proposal_type_option_id: int

    def to_dict(self) -> dict[str, Any]:
        estimate_template_id = self.estimate_template_id

        order = self.order

        proposal_type_option_id = self.proposal_type_option_id

        field_dict: dict[str, Any] = {}

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
            estimate_template_id=estimate_template_id,
            order=order,
            proposal_type_option_id=proposal_type_option_id,
        )

        return estimates_v2_proposal_template_assignment_request
