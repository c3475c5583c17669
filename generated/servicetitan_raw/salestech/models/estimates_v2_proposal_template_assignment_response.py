from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimatesV2ProposalTemplateAssignmentResponse")


@_attrs_define
class EstimatesV2ProposalTemplateAssignmentResponse:
    """
    Attributes:
        estimate_template_id (int):
        order (int):
        proposal_type_option_id (int):
        estimate_template_name (None | str | Unset):
    """

    estimate_template_id: int
    order: int
    proposal_type_option_id: int
    estimate_template_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "estimateTemplateId",
        "order",
        "proposalTypeOptionId",
        "estimateTemplateName",
    )

    def to_dict(self) -> dict[str, Any]:
        estimate_template_id = self.estimate_template_id

        order = self.order

        proposal_type_option_id = self.proposal_type_option_id

        estimate_template_name: None | str | Unset
        if isinstance(self.estimate_template_name, Unset):
            estimate_template_name = UNSET
        else:
            estimate_template_name = self.estimate_template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "estimateTemplateId": estimate_template_id,
                "order": order,
                "proposalTypeOptionId": proposal_type_option_id,
            }
        )
        if estimate_template_name is not UNSET:
            field_dict["estimateTemplateName"] = estimate_template_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        estimate_template_id = d.pop("estimateTemplateId")

        order = d.pop("order")

        proposal_type_option_id = d.pop("proposalTypeOptionId")

        estimate_template_name = d.pop("estimateTemplateName", UNSET)

        estimates_v2_proposal_template_assignment_response = cls(
            estimate_template_id,
            order,
            proposal_type_option_id,
            estimate_template_name,
        )

        estimates_v2_proposal_template_assignment_response.additional_properties = dict(
            d
        )
        return estimates_v2_proposal_template_assignment_response

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
