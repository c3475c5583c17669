from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("data",)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = [
            _models.EstimatesV2ProposalTypeResponse.from_dict(data_item_data)
            for data_item_data in d.pop("data")
        ]

        estimates_v2_proposal_types_response = cls(
            data,
        )

        estimates_v2_proposal_types_response.additional_properties = dict(d)
        return estimates_v2_proposal_types_response

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
