from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2ContactPreferenceResponse")


@_attrs_define
class CrmV2ContactPreferenceResponse:
    """
    Attributes:
        data_type (str): Contact preference data type
        name (str): Contact preference name
        value (None | str | Unset): Value of the contact preference
    """

    data_type: str
    name: str
    value: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type

        name = self.name

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataType": data_type,
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_type = d.pop("dataType")

        name = d.pop("name")

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        crm_v2_contact_preference_response = cls(
            data_type=data_type,
            name=name,
            value=value,
        )

        return crm_v2_contact_preference_response
