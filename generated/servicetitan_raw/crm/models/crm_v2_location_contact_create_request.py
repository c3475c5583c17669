from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crm_v2_contact_type import CrmV2ContactType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2LocationContactCreateRequest")


@_attrs_define
class CrmV2LocationContactCreateRequest:
    """
    Attributes:
        type_ (CrmV2ContactType):
        value (str):
        memo (None | str | Unset):
    """

    type_: CrmV2ContactType
    value: str
    memo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "type",
        "value",
        "memo",
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = CrmV2ContactType(d.pop("type"))

        value = d.pop("value")

        memo = d.pop("memo", UNSET)

        crm_v2_location_contact_create_request = cls(
            type_,
            value,
            memo,
        )

        crm_v2_location_contact_create_request.additional_properties = dict(d)
        return crm_v2_location_contact_create_request

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
