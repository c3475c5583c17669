from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.reporting_v2_report_data_parameter import (
        ReportingV2ReportDataParameter,
    )


T = TypeVar("T", bound="ReportingV2ReportDataRequest")


@_attrs_define
class ReportingV2ReportDataRequest:
    """
    Attributes:
        parameters (list[ReportingV2ReportDataParameter]):
    """

    parameters: list[ReportingV2ReportDataParameter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("parameters",)

    def to_dict(self) -> dict[str, Any]:
        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        parameters = [
            _models.ReportingV2ReportDataParameter.from_dict(parameters_item_data)
            for parameters_item_data in d.pop("parameters")
        ]

        reporting_v2_report_data_request = cls(
            parameters,
        )

        reporting_v2_report_data_request.additional_properties = dict(d)
        return reporting_v2_report_data_request

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
