from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        contacts_contracts_contact_output_model = cls(
            active=active,
            memo=memo,
            modified_on=modified_on,
            type_=type_,
            value=value,
            id=id,
        )

        return contacts_contracts_contact_output_model
