from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsContractsContactOutputModel")


@_attrs_define
class ContactsContractsContactOutputModel:
    """
    Attributes:
        active (bool):
        memo (str):
        modified_on (datetime.datetime):
        type_ (str):
        value (str):
        id (int | None | Unset):
    """

    active: bool
    memo: str
    modified_on: datetime.datetime
    type_: str
    value: str
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "memo",
        "modifiedOn",
        "type",
        "value",
        "id",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        memo = self.memo

        modified_on = self.modified_on.isoformat()

        type_ = self.type_

        value = self.value

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "memo": memo,
                "modifiedOn": modified_on,
                "type": type_,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        memo = d.pop("memo")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        type_ = d.pop("type")

        value = d.pop("value")

        id = d.pop("id", UNSET)

        contacts_contracts_contact_output_model = cls(
            active,
            memo,
            modified_on,
            type_,
            value,
            id,
        )

        contacts_contracts_contact_output_model.additional_properties = dict(d)
        return contacts_contracts_contact_output_model

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
