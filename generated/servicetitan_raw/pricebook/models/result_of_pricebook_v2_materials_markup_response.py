from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.pricebook_v2_materials_markup_response import (
        PricebookV2MaterialsMarkupResponse,
    )


T = TypeVar("T", bound="ResultOfPricebookV2MaterialsMarkupResponse")


@_attrs_define
class ResultOfPricebookV2MaterialsMarkupResponse:
    """
    Attributes:
        data (PricebookV2MaterialsMarkupResponse):
    """

    data: PricebookV2MaterialsMarkupResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("data",)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

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
        data = _models.PricebookV2MaterialsMarkupResponse.from_dict(d.pop("data"))

        result_of_pricebook_v2_materials_markup_response = cls(
            data,
        )

        result_of_pricebook_v2_materials_markup_response.additional_properties = dict(d)
        return result_of_pricebook_v2_materials_markup_response

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
