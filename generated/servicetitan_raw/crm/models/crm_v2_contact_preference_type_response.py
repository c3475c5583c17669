from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2ContactPreferenceTypeResponse")


@_attrs_define
class CrmV2ContactPreferenceTypeResponse:
    """
    Attributes:
        data_type (str): Preference Data Type: Bool, only Bool supported for now
        id (str): ID of the Preference Type
        name (str): Preference Name
        description (None | str | Unset): Preference Description
    """

    data_type: str
    id: str
    name: str
    description: None | str | Unset = UNSET

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        crm_v2_contact_preference_type_response = cls(
            data_type=data_type,
            id=id,
            name=name,
            description=description,
        )

        return crm_v2_contact_preference_type_response
