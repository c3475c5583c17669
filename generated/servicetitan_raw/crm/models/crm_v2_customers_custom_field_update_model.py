from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CrmV2CustomersCustomFieldUpdateModel")


@_attrs_define
class CrmV2CustomersCustomFieldUpdateModel:
    """
    Attributes:
        type_id (int):
        value (str):
    """

    type_id: int
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "typeId",
        "value",
    )

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "typeId": type_id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_id = d.pop("typeId")

        value = d.pop("value")

        crm_v2_customers_custom_field_update_model = cls(
            type_id,
            value,
        )

        crm_v2_customers_custom_field_update_model.additional_properties = dict(d)
        return crm_v2_customers_custom_field_update_model

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
