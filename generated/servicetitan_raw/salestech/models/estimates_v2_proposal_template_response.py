from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.estimate_templates_types_proposal_template_status import (
    EstimateTemplatesTypesProposalTemplateStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.estimates_v2_proposal_template_assignment_response import (
        EstimatesV2ProposalTemplateAssignmentResponse,
    )


T = TypeVar("T", bound="EstimatesV2ProposalTemplateResponse")


@_attrs_define
class EstimatesV2ProposalTemplateResponse:
    """
    Attributes:
        active (bool):
        business_unit_ids (list[int]):
        created_on (datetime.datetime):
        estimate_assignments (list[EstimatesV2ProposalTemplateAssignmentResponse]):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        proposal_type_id (int):
        status (EstimateTemplatesTypesProposalTemplateStatus):
        description (None | str | Unset):
        proposal_type_name (None | str | Unset):
    """

    active: bool
    business_unit_ids: list[int]
    created_on: datetime.datetime
    estimate_assignments: list[EstimatesV2ProposalTemplateAssignmentResponse]
    id: int
    modified_on: datetime.datetime
    name: str
    proposal_type_id: int
    status: EstimateTemplatesTypesProposalTemplateStatus
    description: None | str | Unset = UNSET
    proposal_type_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitIds",
        "createdOn",
        "estimateAssignments",
        "id",
        "modifiedOn",
        "name",
        "proposalTypeId",
        "status",
        "description",
        "proposalTypeName",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        business_unit_ids = self.business_unit_ids

        created_on = self.created_on.isoformat()

        estimate_assignments = []
        for estimate_assignments_item_data in self.estimate_assignments:
            estimate_assignments_item = estimate_assignments_item_data.to_dict()
            estimate_assignments.append(estimate_assignments_item)

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        proposal_type_id = self.proposal_type_id

        status = self.status.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        proposal_type_name: None | str | Unset
        if isinstance(self.proposal_type_name, Unset):
            proposal_type_name = UNSET
        else:
            proposal_type_name = self.proposal_type_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "businessUnitIds": business_unit_ids,
                "createdOn": created_on,
                "estimateAssignments": estimate_assignments,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "proposalTypeId": proposal_type_id,
                "status": status,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if proposal_type_name is not UNSET:
            field_dict["proposalTypeName"] = proposal_type_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        business_unit_ids = d.pop("businessUnitIds")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        estimate_assignments = [
            _models.EstimatesV2ProposalTemplateAssignmentResponse.from_dict(
                estimate_assignments_item_data
            )
            for estimate_assignments_item_data in d.pop("estimateAssignments")
        ]

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        proposal_type_id = d.pop("proposalTypeId")

        status = EstimateTemplatesTypesProposalTemplateStatus(d.pop("status"))

        description = d.pop("description", UNSET)

        proposal_type_name = d.pop("proposalTypeName", UNSET)

        estimates_v2_proposal_template_response = cls(
            active,
            business_unit_ids,
            created_on,
            estimate_assignments,
            id,
            modified_on,
            name,
            proposal_type_id,
            status,
            description,
            proposal_type_name,
        )

        estimates_v2_proposal_template_response.additional_properties = dict(d)
        return estimates_v2_proposal_template_response

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
