from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2ContactPreferenceTypeResponse")


@_attrs_define
class CrmV2ContactPreferenceTypeResponse:
    """
    Attributes:
        data_type (str):
        id (str):
        name (str):
        description (None | str | Unset):
    """

    data_type: str
    id: str
    name: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "dataType",
        "id",
        "name",
        "description",
    )

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataType": data_type,
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_type = d.pop("dataType")

        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        crm_v2_contact_preference_type_response = cls(
            data_type,
            id,
            name,
            description,
        )

        crm_v2_contact_preference_type_response.additional_properties = dict(d)
        return crm_v2_contact_preference_type_response

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
