from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.payroll_v2_payroll_adjustments_payroll_adjustment_export_response import (
        PayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse,
    )


T = TypeVar(
    "T",
    bound="ExportResponseOfPayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse",
)


@_attrs_define
class ExportResponseOfPayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse:
    """
    Attributes:
        continue_from (str):
        data (list[PayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse]):
        has_more (bool):
    """

    continue_from: str
    data: list[PayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "continueFrom",
        "data",
        "hasMore",
    )

    def to_dict(self) -> dict[str, Any]:
        continue_from = self.continue_from

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "continueFrom": continue_from,
                "data": data,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        continue_from = d.pop("continueFrom")

        data = [
            _models.PayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse.from_dict(
                data_item_data
            )
            for data_item_data in d.pop("data")
        ]

        has_more = d.pop("hasMore")

        export_response_of_payroll_v2_payroll_adjustments_payroll_adjustment_export_response = cls(
            continue_from,
            data,
            has_more,
        )

        export_response_of_payroll_v2_payroll_adjustments_payroll_adjustment_export_response.additional_properties = dict(
            d
        )
        return export_response_of_payroll_v2_payroll_adjustments_payroll_adjustment_export_response

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
