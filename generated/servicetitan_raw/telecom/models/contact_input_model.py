from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactInputModel")


@_attrs_define
class ContactInputModel:
    """
    Attributes:
        memo (str):
        type_ (str):
        value (str):
        id (int | None | Unset):
    """

    memo: str
    type_: str
    value: str
    id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        memo = self.memo

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
                "memo": memo,
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
        memo = d.pop("memo")

        type_ = d.pop("type")

        value = d.pop("value")

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        contact_input_model = cls(
            memo=memo,
            type_=type_,
            value=value,
            id=id,
        )

        return contact_input_model
