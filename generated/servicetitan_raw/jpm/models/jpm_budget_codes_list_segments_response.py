from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.jpm_budget_codes_segment_model import JpmBudgetCodesSegmentModel


T = TypeVar("T", bound="JpmBudgetCodesListSegmentsResponse")


@_attrs_define
class JpmBudgetCodesListSegmentsResponse:
    """
    Attributes:
        data (list[JpmBudgetCodesSegmentModel]):
    """

    data: list[JpmBudgetCodesSegmentModel]

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
        from ..models.jpm_budget_codes_segment_model import JpmBudgetCodesSegmentModel

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = JpmBudgetCodesSegmentModel.from_dict(data_item_data)

            data.append(data_item)

        jpm_budget_codes_list_segments_response = cls(
            data=data,
        )

        return jpm_budget_codes_list_segments_response
