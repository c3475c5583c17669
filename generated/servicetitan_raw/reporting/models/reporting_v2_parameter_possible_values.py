from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.reporting_v2_header_field import ReportingV2HeaderField

        d = dict(src_dict)
        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = ReportingV2HeaderField.from_dict(fields_item_data)

            fields.append(fields_item)

        def _parse_dynamic_set_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dynamic_set_id = _parse_dynamic_set_id(d.pop("dynamicSetId", UNSET))

        def _parse_values(data: object) -> list[list[Any]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = []
                _values_type_0 = data
                for values_type_0_item_data in _values_type_0:
                    values_type_0_item = cast(list[Any], values_type_0_item_data)

                    values_type_0.append(values_type_0_item)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[Any]] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        reporting_v2_parameter_possible_values = cls(
            fields=fields,
            dynamic_set_id=dynamic_set_id,
            values=values,
        )

        reporting_v2_parameter_possible_values.additional_properties = d
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
