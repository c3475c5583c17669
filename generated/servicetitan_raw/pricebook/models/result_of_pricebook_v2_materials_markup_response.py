from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricebook_v2_materials_markup_response import (
            PricebookV2MaterialsMarkupResponse,
        )

        d = dict(src_dict)
        data = PricebookV2MaterialsMarkupResponse.from_dict(d.pop("data"))

        result_of_pricebook_v2_materials_markup_response = cls(
            data=data,
        )

        return result_of_pricebook_v2_materials_markup_response
