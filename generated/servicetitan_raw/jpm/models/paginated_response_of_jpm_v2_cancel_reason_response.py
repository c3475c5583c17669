from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jpm_v2_cancel_reason_response import JpmV2CancelReasonResponse


T = TypeVar("T", bound="PaginatedResponseOfJpmV2CancelReasonResponse")


@_attrs_define
class PaginatedResponseOfJpmV2CancelReasonResponse:
    """
    Attributes:
        data (list[JpmV2CancelReasonResponse]):
        has_more (bool):
        page (int):
        page_size (int):
        total_count (int | None | Unset):
    """

    data: list[JpmV2CancelReasonResponse]
    has_more: bool
    page: int
    page_size: int
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
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        field_dict.update(
            {
                "data": data,
                "hasMore": has_more,
                "page": page,
                "pageSize": page_size,
            }
        )
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = [
            _models.JpmV2CancelReasonResponse.from_dict(data_item_data)
            for data_item_data in d.pop("data")
        ]

        has_more = d.pop("hasMore")

        page = d.pop("page")

        page_size = d.pop("pageSize")

        total_count = d.pop("totalCount", UNSET)

        paginated_response_of_jpm_v2_cancel_reason_response = cls(
            data,
            has_more,
            page,
            page_size,
            total_count,
        )

        paginated_response_of_jpm_v2_cancel_reason_response.additional_properties = (
            dict(d)
        )
        return paginated_response_of_jpm_v2_cancel_reason_response

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
