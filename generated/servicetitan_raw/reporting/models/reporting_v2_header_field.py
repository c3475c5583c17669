from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReportingV2HeaderField")


@_attrs_define
class ReportingV2HeaderField:
    """
    Attributes:
        label (str): Display name of the field
        name (str): Unique name of the field
    """

    label: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        name = d.pop("name")

        reporting_v2_header_field = cls(
            label=label,
            name=name,
        )

        return reporting_v2_header_field
