from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReportingV2ReportCategoryListItem")


@_attrs_define
class ReportingV2ReportCategoryListItem:
    """
    Attributes:
        id (str): ID of report catogory for safe use in report endpoints
        name (str): Display name of the report category
    """

    id: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        reporting_v2_report_category_list_item = cls(
            id=id,
            name=name,
        )

        return reporting_v2_report_category_list_item
