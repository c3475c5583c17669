from __future__ import annotations

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
    from ..models.estimates_v2_proposal_template_assignment_request import (
        EstimatesV2ProposalTemplateAssignmentRequest,
    )


T = TypeVar("T", bound="EstimatesV2UpdateProposalTemplateRequest")


@_attrs_define
class EstimatesV2UpdateProposalTemplateRequest:
    """
    Attributes:
        active (bool | None | Unset):
        business_unit_ids (list[int] | None | Unset):
        description (None | str | Unset):
        estimate_assignments (list[EstimatesV2ProposalTemplateAssignmentRequest] | None | Unset):
        name (None | str | Unset):
        proposal_type_id (int | None | Unset):
        status (EstimateTemplatesTypesProposalTemplateStatus | None | Unset):
    """

    active: bool | None | Unset = UNSET
    business_unit_ids: list[int] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    estimate_assignments: (
        list[EstimatesV2ProposalTemplateAssignmentRequest] | None | Unset
    ) = UNSET
    name: None | str | Unset = UNSET
    proposal_type_id: int | None | Unset = UNSET
    status: EstimateTemplatesTypesProposalTemplateStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitIds",
        "description",
        "estimateAssignments",
        "name",
        "proposalTypeId",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        business_unit_ids: list[int] | None | Unset
        if isinstance(self.business_unit_ids, Unset):
            business_unit_ids = UNSET
        elif isinstance(self.business_unit_ids, list):
            business_unit_ids = self.business_unit_ids

        else:
            business_unit_ids = self.business_unit_ids

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        estimate_assignments: list[dict[str, Any]] | None | Unset
        if isinstance(self.estimate_assignments, Unset):
            estimate_assignments = UNSET
        elif isinstance(self.estimate_assignments, list):
            estimate_assignments = []
            for estimate_assignments_type_0_item_data in self.estimate_assignments:
                estimate_assignments_type_0_item = (
                    estimate_assignments_type_0_item_data.to_dict()
                )
                estimate_assignments.append(estimate_assignments_type_0_item)

        else:
            estimate_assignments = self.estimate_assignments

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        proposal_type_id: int | None | Unset
        if isinstance(self.proposal_type_id, Unset):
            proposal_type_id = UNSET
        else:
            proposal_type_id = self.proposal_type_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EstimateTemplatesTypesProposalTemplateStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if business_unit_ids is not UNSET:
            field_dict["businessUnitIds"] = business_unit_ids
        if description is not UNSET:
            field_dict["description"] = description
        if estimate_assignments is not UNSET:
            field_dict["estimateAssignments"] = estimate_assignments
        if name is not UNSET:
            field_dict["name"] = name
        if proposal_type_id is not UNSET:
            field_dict["proposalTypeId"] = proposal_type_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        business_unit_ids = d.pop("businessUnitIds", UNSET)
        if business_unit_ids is not None and not isinstance(business_unit_ids, Unset):
            if not isinstance(business_unit_ids, list):
                raise TypeError()
            business_unit_ids_type_0 = business_unit_ids

            business_unit_ids = business_unit_ids_type_0

        description = d.pop("description", UNSET)

        estimate_assignments = d.pop("estimateAssignments", UNSET)
        if estimate_assignments is not None and not isinstance(
            estimate_assignments, Unset
        ):
            if not isinstance(estimate_assignments, list):
                raise TypeError()
            estimate_assignments_type_0 = [
                _models.EstimatesV2ProposalTemplateAssignmentRequest.from_dict(
                    estimate_assignments_type_0_item_data
                )
                for estimate_assignments_type_0_item_data in estimate_assignments
            ]

            estimate_assignments = estimate_assignments_type_0

        name = d.pop("name", UNSET)

        proposal_type_id = d.pop("proposalTypeId", UNSET)

        status = d.pop("status", UNSET)
        if status is not None and not isinstance(status, Unset):
            if not isinstance(status, str):
                raise TypeError()
            status_type_0 = EstimateTemplatesTypesProposalTemplateStatus(status)

            status = status_type_0

        estimates_v2_update_proposal_template_request = cls(
            active,
            business_unit_ids,
            description,
            estimate_assignments,
            name,
            proposal_type_id,
            status,
        )

        estimates_v2_update_proposal_template_request.additional_properties = dict(d)
        return estimates_v2_update_proposal_template_request

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
