from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportingV2ReportListItem")


@_attrs_define
class ReportingV2ReportListItem:
    """
    Attributes:
        id (int): Report unique identifier.
            Use this value to request detailed report information, the actual data, etc.
            Once the report is created the ID cannot be changed
        name (str): Display name of the report.
            Do not use the name as the report identifier because it can be modified
            and any references based on the old value would stop working
        description (None | str | Unset): Description about the report
    """

    id: int
    name: str
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        reporting_v2_report_list_item = cls(
            id=id,
            name=name,
            description=description,
        )

        return reporting_v2_report_list_item
