from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.reporting_v2_data_type import ReportingV2DataType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reporting_v2_parameter_possible_values import (
        ReportingV2ParameterPossibleValues,
    )


T = TypeVar("T", bound="ReportingV2ReportParameter")


@_attrs_define
class ReportingV2ReportParameter:
    """
    Attributes:
        data_type (ReportingV2DataType):
        is_array (bool):
        is_required (bool):
        label (str):
        name (str):
        accept_values (None | ReportingV2ParameterPossibleValues | Unset):
    """

    data_type: ReportingV2DataType
    is_array: bool
    is_required: bool
    label: str
    name: str
    accept_values: None | ReportingV2ParameterPossibleValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "dataType",
        "isArray",
        "isRequired",
        "label",
        "name",
        "acceptValues",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.reporting_v2_parameter_possible_values import (
            ReportingV2ParameterPossibleValues,
        )

        data_type = self.data_type.value

        is_array = self.is_array

        is_required = self.is_required

        label = self.label

        name = self.name

        accept_values: dict[str, Any] | None | Unset
        if isinstance(self.accept_values, Unset):
            accept_values = UNSET
        elif isinstance(self.accept_values, ReportingV2ParameterPossibleValues):
            accept_values = self.accept_values.to_dict()
        else:
            accept_values = self.accept_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataType": data_type,
                "isArray": is_array,
                "isRequired": is_required,
                "label": label,
                "name": name,
            }
        )
        if accept_values is not UNSET:
            field_dict["acceptValues"] = accept_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_type = ReportingV2DataType(d.pop("dataType"))

        is_array = d.pop("isArray")

        is_required = d.pop("isRequired")

        label = d.pop("label")

        name = d.pop("name")

        accept_values = d.pop("acceptValues", UNSET)
        if accept_values is not None and not isinstance(accept_values, Unset):
            if not isinstance(accept_values, dict):
                raise TypeError()
            accept_values_type_0 = _models.ReportingV2ParameterPossibleValues.from_dict(
                accept_values
            )

            accept_values = accept_values_type_0

        reporting_v2_report_parameter = cls(
            data_type,
            is_array,
            is_required,
            label,
            name,
            accept_values,
        )

        reporting_v2_report_parameter.additional_properties = dict(d)
        return reporting_v2_report_parameter

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
