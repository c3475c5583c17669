from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.estimates_v2_proposal_type_option_estimate_type import (
    EstimatesV2ProposalTypeOptionEstimateType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimatesV2ProposalTypeOptionResponse")


@_attrs_define
class EstimatesV2ProposalTypeOptionResponse:
    """
    Attributes:
        estimate_type (EstimatesV2ProposalTypeOptionEstimateType):
        id (int):
        name (str):
        order (int):
        color (None | str | Unset):
    """

    estimate_type: EstimatesV2ProposalTypeOptionEstimateType
    id: int
    name: str
    order: int
    color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "estimateType",
        "id",
        "name",
        "order",
        "color",
    )

    def to_dict(self) -> dict[str, Any]:
        estimate_type = self.estimate_type.value

        id = self.id

        name = self.name

        order = self.order

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "estimateType": estimate_type,
                "id": id,
                "name": name,
                "order": order,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        estimate_type = EstimatesV2ProposalTypeOptionEstimateType(d.pop("estimateType"))

        id = d.pop("id")

        name = d.pop("name")

        order = d.pop("order")

        color = d.pop("color", UNSET)

        estimates_v2_proposal_type_option_response = cls(
            estimate_type,
            id,
            name,
            order,
            color,
        )

        estimates_v2_proposal_type_option_response.additional_properties = dict(d)
        return estimates_v2_proposal_type_option_response

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
