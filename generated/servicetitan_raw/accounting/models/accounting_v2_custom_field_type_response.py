from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_v2_custom_field_data_type import (
    AccountingV2CustomFieldDataType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2CustomFieldTypeResponse")


@_attrs_define
class AccountingV2CustomFieldTypeResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        data_type (AccountingV2CustomFieldDataType):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        data_type_options (list[str] | None | Unset):
    """

    created_on: datetime.datetime
    data_type: AccountingV2CustomFieldDataType
    id: int
    modified_on: datetime.datetime
    name: str
    data_type_options: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "dataType",
        "id",
        "modifiedOn",
        "name",
        "dataTypeOptions",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        data_type = self.data_type.value

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        data_type_options: list[str] | None | Unset
        if isinstance(self.data_type_options, Unset):
            data_type_options = UNSET
        elif isinstance(self.data_type_options, list):
            data_type_options = self.data_type_options

        else:
            data_type_options = self.data_type_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "dataType": data_type,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
            }
        )
        if data_type_options is not UNSET:
            field_dict["dataTypeOptions"] = data_type_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        data_type = AccountingV2CustomFieldDataType(d.pop("dataType"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        data_type_options = d.pop("dataTypeOptions", UNSET)
        if data_type_options is not None and not isinstance(data_type_options, Unset):
            if not isinstance(data_type_options, list):
                raise TypeError()
            data_type_options_type_0 = data_type_options

            data_type_options = data_type_options_type_0

        accounting_v2_custom_field_type_response = cls(
            created_on,
            data_type,
            id,
            modified_on,
            name,
            data_type_options,
        )

        accounting_v2_custom_field_type_response.additional_properties = dict(d)
        return accounting_v2_custom_field_type_response

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
