from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.estimates_v2_proposal_type_response import (
        EstimatesV2ProposalTypeResponse,
    )


T = TypeVar("T", bound="EstimatesV2ProposalTypesResponse")


@_attrs_define
class EstimatesV2ProposalTypesResponse:
    """
    Attributes:
        data (list[EstimatesV2ProposalTypeResponse]):
    """

    data: list[EstimatesV2ProposalTypeResponse]

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.estimates_v2_proposal_type_response import (
            EstimatesV2ProposalTypeResponse,
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EstimatesV2ProposalTypeResponse.from_dict(data_item_data)

            data.append(data_item)

        estimates_v2_proposal_types_response = cls(
            data=data,
        )

        return estimates_v2_proposal_types_response
