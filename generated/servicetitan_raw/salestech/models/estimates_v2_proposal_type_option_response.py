from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

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

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        estimates_v2_proposal_type_option_response = cls(
            estimate_type=estimate_type,
            id=id,
            name=name,
            order=order,
            color=color,
        )

        return estimates_v2_proposal_type_option_response
