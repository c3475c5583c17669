from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CrmV2CustomersCustomFieldUpdateModel")


@_attrs_define
class CrmV2CustomersCustomFieldUpdateModel:
    """
    Attributes:
        type_id (int): ID of the custom field
        value (str): Value of the custom field
    """

    type_id: int
    value: str

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        value = self.value

        field_dict: dict[str, Any] = {}

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
            type_id=type_id,
            value=value,
        )

        return crm_v2_customers_custom_field_update_model
