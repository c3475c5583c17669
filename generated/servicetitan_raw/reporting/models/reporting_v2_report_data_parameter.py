from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportingV2ReportDataParameter")


@_attrs_define
class ReportingV2ReportDataParameter:
    """
    Attributes:
        name (str): Parameter name
        value (None | Unset): Value of the parameter based of its descrition (data type etc.)
    """

    name: str
    value: None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value", UNSET)

        reporting_v2_report_data_parameter = cls(
            name=name,
            value=value,
        )

        return reporting_v2_report_data_parameter
