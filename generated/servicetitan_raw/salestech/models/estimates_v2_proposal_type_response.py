from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.estimate_templates_types_proposal_behavior_type import (
    EstimateTemplatesTypesProposalBehaviorType,
)

if TYPE_CHECKING:
    from ..models.estimates_v2_proposal_type_option_response import (
        EstimatesV2ProposalTypeOptionResponse,
    )


T = TypeVar("T", bound="EstimatesV2ProposalTypeResponse")


@_attrs_define
class EstimatesV2ProposalTypeResponse:
    """
    Attributes:
        active (bool):
        id (int):
        is_default (bool):
        is_system_default (bool):
        name (str):
        options (list[EstimatesV2ProposalTypeOptionResponse]):
        type_ (EstimateTemplatesTypesProposalBehaviorType):
    """

    active: bool
    id: int
    is_default: bool
    is_system_default: bool
    name: str
    options: list[EstimatesV2ProposalTypeOptionResponse]
    type_: EstimateTemplatesTypesProposalBehaviorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "id",
        "isDefault",
        "isSystemDefault",
        "name",
        "options",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        is_default = self.is_default

        is_system_default = self.is_system_default

        name = self.name

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "id": id,
                "isDefault": is_default,
                "isSystemDefault": is_system_default,
                "name": name,
                "options": options,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        id = d.pop("id")

        is_default = d.pop("isDefault")

        is_system_default = d.pop("isSystemDefault")

        name = d.pop("name")

        options = [
            _models.EstimatesV2ProposalTypeOptionResponse.from_dict(options_item_data)
            for options_item_data in d.pop("options")
        ]

        type_ = EstimateTemplatesTypesProposalBehaviorType(d.pop("type"))

        estimates_v2_proposal_type_response = cls(
            active,
            id,
            is_default,
            is_system_default,
            name,
            options,
            type_,
        )

        estimates_v2_proposal_type_response.additional_properties = dict(d)
        return estimates_v2_proposal_type_response

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
