from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportingV2ReportDataParameter")


@_attrs_define
class ReportingV2ReportDataParameter:
    """
    Attributes:
        name (str):
        value (bool | float | list[bool | float | str] | str | Unset):
    """

    name: str
    value: bool | float | list[bool | float | str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "name",
        "value",
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: bool | float | list[bool | float | str] | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = []
            for value_type_3_item_data in self.value:
                value_type_3_item: bool | float | str
                value_type_3_item = value_type_3_item_data
                value.append(value_type_3_item)

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if not isinstance(value, Unset):
            try:
                if not isinstance(value, list):
                    raise TypeError()
                value_type_3 = []
                for value_type_3_item_data in value:
                    value_type_3_item = value_type_3_item_data

                    value_type_3.append(value_type_3_item)

                value = value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        reporting_v2_report_data_parameter = cls(
            name,
            value,
        )

        reporting_v2_report_data_parameter.additional_properties = dict(d)
        return reporting_v2_report_data_parameter

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
