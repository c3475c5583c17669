from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_titan_marketing_review_engine_services_models_reviews_review_report import (
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport,
    )


T = TypeVar(
    "T",
    bound="PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport",
)


@_attrs_define
class PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport:
    """
    Attributes:
        data (list[ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport] | None | Unset):
        has_more (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        total_count (int | None | Unset):
    """

    data: (
        list[ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport]
        | None
        | Unset
    ) = UNSET
    has_more: bool | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "data",
        "hasMore",
        "page",
        "pageSize",
        "totalCount",
    )

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        has_more = self.has_more

        page = self.page

        page_size = self.page_size

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data", UNSET)
        if data is not None and not isinstance(data, Unset):
            if not isinstance(data, list):
                raise TypeError()
            data_type_0 = [
                _models.ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport.from_dict(
                    data_type_0_item_data
                )
                for data_type_0_item_data in data
            ]

            data = data_type_0

        has_more = d.pop("hasMore", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("pageSize", UNSET)

        total_count = d.pop("totalCount", UNSET)

        paginated_response_of_service_titan_marketing_review_engine_services_models_reviews_review_report = cls(
            data,
            has_more,
            page,
            page_size,
            total_count,
        )

        paginated_response_of_service_titan_marketing_review_engine_services_models_reviews_review_report.additional_properties = dict(
            d
        )
        return paginated_response_of_service_titan_marketing_review_engine_services_models_reviews_review_report

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
