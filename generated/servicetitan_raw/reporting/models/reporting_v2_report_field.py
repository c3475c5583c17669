from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reporting_v2_data_type import ReportingV2DataType

T = TypeVar("T", bound="ReportingV2ReportField")


@_attrs_define
class ReportingV2ReportField:
    """
    Attributes:
        data_type (ReportingV2DataType):
        label (str):
        name (str):
    """

    data_type: ReportingV2DataType
    label: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "dataType",
        "label",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type.value

        label = self.label

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            data_type,
            label,
            name,
        )

        reporting_v2_report_field.additional_properties = dict(d)
        return reporting_v2_report_field

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
