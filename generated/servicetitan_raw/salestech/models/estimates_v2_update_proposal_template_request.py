from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.estimates_v2_proposal_template_assignment_request import (
            EstimatesV2ProposalTemplateAssignmentRequest,
        )

        d = dict(src_dict)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_business_unit_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                business_unit_ids_type_0 = cast(list[int], data)

                return business_unit_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        business_unit_ids = _parse_business_unit_ids(d.pop("businessUnitIds", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_estimate_assignments(
            data: object,
        ) -> list[EstimatesV2ProposalTemplateAssignmentRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                estimate_assignments_type_0 = []
                _estimate_assignments_type_0 = data
                for (
                    estimate_assignments_type_0_item_data
                ) in _estimate_assignments_type_0:
                    estimate_assignments_type_0_item = (
                        EstimatesV2ProposalTemplateAssignmentRequest.from_dict(
                            estimate_assignments_type_0_item_data
                        )
                    )

                    estimate_assignments_type_0.append(estimate_assignments_type_0_item)

                return estimate_assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[EstimatesV2ProposalTemplateAssignmentRequest] | None | Unset, data
            )

        estimate_assignments = _parse_estimate_assignments(
            d.pop("estimateAssignments", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_proposal_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        proposal_type_id = _parse_proposal_type_id(d.pop("proposalTypeId", UNSET))

        def _parse_status(
            data: object,
        ) -> EstimateTemplatesTypesProposalTemplateStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EstimateTemplatesTypesProposalTemplateStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                EstimateTemplatesTypesProposalTemplateStatus | None | Unset, data
            )

        status = _parse_status(d.pop("status", UNSET))

        estimates_v2_update_proposal_template_request = cls(
            active=active,
            business_unit_ids=business_unit_ids,
            description=description,
            estimate_assignments=estimate_assignments,
            name=name,
            proposal_type_id=proposal_type_id,
            status=status,
        )

        estimates_v2_update_proposal_template_request.additional_properties = d
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
