from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2CustomersCustomFieldTypeResponse")


@_attrs_define
class CrmV2CustomersCustomFieldTypeResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        data_type (None | str | Unset):
        data_type_options (list[str] | None | Unset):
        name (None | str | Unset):
    """

    created_on: datetime.datetime
    id: int
    modified_on: datetime.datetime
    data_type: None | str | Unset = UNSET
    data_type_options: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "id",
        "modifiedOn",
        "dataType",
        "dataTypeOptions",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        data_type_options: list[str] | None | Unset
        if isinstance(self.data_type_options, Unset):
            data_type_options = UNSET
        elif isinstance(self.data_type_options, list):
            data_type_options = self.data_type_options

        else:
            data_type_options = self.data_type_options

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
            }
        )
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if data_type_options is not UNSET:
            field_dict["dataTypeOptions"] = data_type_options
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        data_type = d.pop("dataType", UNSET)

        data_type_options = d.pop("dataTypeOptions", UNSET)
        if data_type_options is not None and not isinstance(data_type_options, Unset):
            if not isinstance(data_type_options, list):
                raise TypeError()
            data_type_options_type_0 = data_type_options

            data_type_options = data_type_options_type_0

        name = d.pop("name", UNSET)

        crm_v2_customers_custom_field_type_response = cls(
            created_on,
            id,
            modified_on,
            data_type,
            data_type_options,
            name,
        )

        crm_v2_customers_custom_field_type_response.additional_properties = dict(d)
        return crm_v2_customers_custom_field_type_response

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
