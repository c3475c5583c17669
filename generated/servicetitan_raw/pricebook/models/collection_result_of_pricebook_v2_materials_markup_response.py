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


T = TypeVar("T", bound="CollectionResultOfPricebookV2MaterialsMarkupResponse")


@_attrs_define
class CollectionResultOfPricebookV2MaterialsMarkupResponse:
    """
    Attributes:
        data (list[PricebookV2MaterialsMarkupResponse]):
        has_more (bool):
        page (int):
        page_size (int):
        total_count (int):
    """

    data: list[PricebookV2MaterialsMarkupResponse]
    has_more: bool
    page: int
    page_size: int
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "data",
        "hasMore",
        "page",
        "pageSize",
        "totalCount",
    )

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        page = self.page

        page_size = self.page_size

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "hasMore": has_more,
                "page": page,
                "pageSize": page_size,
                "totalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = [
            _models.PricebookV2MaterialsMarkupResponse.from_dict(data_item_data)
            for data_item_data in d.pop("data")
        ]

        has_more = d.pop("hasMore")

        page = d.pop("page")

        page_size = d.pop("pageSize")

        total_count = d.pop("totalCount")

        collection_result_of_pricebook_v2_materials_markup_response = cls(
            data,
            has_more,
            page,
            page_size,
            total_count,
        )

        collection_result_of_pricebook_v2_materials_markup_response.additional_properties = dict(
            d
        )
        return collection_result_of_pricebook_v2_materials_markup_response

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
