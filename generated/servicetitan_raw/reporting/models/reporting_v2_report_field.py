from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.reporting_v2_data_type import ReportingV2DataType

T = TypeVar("T", bound="ReportingV2ReportField")


@_attrs_define
class ReportingV2ReportField:
    """
    Attributes:
        data_type (ReportingV2DataType):
        label (str): Display name of the field. This is the same label that is displayed in the reporting UI
        name (str): Field unique identifier
    """

    data_type: ReportingV2DataType
    label: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type.value

        label = self.label

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataType": data_type,
                "label": label,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_type = ReportingV2DataType(d.pop("dataType"))

        label = d.pop("label")

        name = d.pop("name")

        reporting_v2_report_field = cls(
            data_type=data_type,
            label=label,
            name=name,
        )

        return reporting_v2_report_field
