from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.reporting_v2_report_data_parameter import (
        ReportingV2ReportDataParameter,
    )


T = TypeVar("T", bound="ReportingV2ReportDataRequest")


@_attrs_define
class ReportingV2ReportDataRequest:
    """
    Attributes:
        parameters (list[ReportingV2ReportDataParameter]): List of name/value for input parameters of the report
    """

    parameters: list[ReportingV2ReportDataParameter]

    def to_dict(self) -> dict[str, Any]:
        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reporting_v2_report_data_parameter import (
            ReportingV2ReportDataParameter,
        )

        d = dict(src_dict)
        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = ReportingV2ReportDataParameter.from_dict(
                parameters_item_data
            )

            parameters.append(parameters_item)

        reporting_v2_report_data_request = cls(
            parameters=parameters,
        )

        return reporting_v2_report_data_request
