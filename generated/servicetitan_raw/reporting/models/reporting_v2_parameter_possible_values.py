from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reporting_v2_header_field import ReportingV2HeaderField


T = TypeVar("T", bound="ReportingV2ParameterPossibleValues")


@_attrs_define
class ReportingV2ParameterPossibleValues:
    """
    Attributes:
        fields (list[ReportingV2HeaderField]):
        dynamic_set_id (None | str | Unset):
        values (list[list[Any]] | None | Unset):
    """

    fields: list[ReportingV2HeaderField]
    dynamic_set_id: None | str | Unset = UNSET
    values: list[list[Any]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "fields",
        "dynamicSetId",
        "values",
    )

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        dynamic_set_id: None | str | Unset
        if isinstance(self.dynamic_set_id, Unset):
            dynamic_set_id = UNSET
        else:
            dynamic_set_id = self.dynamic_set_id

        values: list[list[Any]] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = []
            for values_type_0_item_data in self.values:
                values_type_0_item = values_type_0_item_data

                values.append(values_type_0_item)

        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
            }
        )
        if dynamic_set_id is not UNSET:
            field_dict["dynamicSetId"] = dynamic_set_id
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fields = [
            _models.ReportingV2HeaderField.from_dict(fields_item_data)
            for fields_item_data in d.pop("fields")
        ]

        dynamic_set_id = d.pop("dynamicSetId", UNSET)

        values = d.pop("values", UNSET)
        if values is not None and not isinstance(values, Unset):
            if not isinstance(values, list):
                raise TypeError()
            values_type_0 = []
            for values_type_0_item_data in values:
                values_type_0_item = values_type_0_item_data

                values_type_0.append(values_type_0_item)

            values = values_type_0

        reporting_v2_parameter_possible_values = cls(
            fields,
            dynamic_set_id,
            values,
        )

        reporting_v2_parameter_possible_values.additional_properties = dict(d)
        return reporting_v2_parameter_possible_values

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
