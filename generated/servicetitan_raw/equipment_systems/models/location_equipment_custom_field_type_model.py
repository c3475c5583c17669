from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_data_type import CustomFieldDataType

T = TypeVar("T", bound="LocationEquipmentCustomFieldTypeModel")


@_attrs_define
class LocationEquipmentCustomFieldTypeModel:
    """
    Attributes:
        data_type (CustomFieldDataType):
        data_type_options (list[str]):
        id (int):
        name (str):
    """

    data_type: CustomFieldDataType
    data_type_options: list[str]
    id: int
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "dataType",
        "dataTypeOptions",
        "id",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type.value

        data_type_options = self.data_type_options

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataType": data_type,
                "dataTypeOptions": data_type_options,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_type = CustomFieldDataType(d.pop("dataType"))

        data_type_options = d.pop("dataTypeOptions")

        id = d.pop("id")

        name = d.pop("name")

        location_equipment_custom_field_type_model = cls(
            data_type,
            data_type_options,
            id,
            name,
        )

        location_equipment_custom_field_type_model.additional_properties = dict(d)
        return location_equipment_custom_field_type_model

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
