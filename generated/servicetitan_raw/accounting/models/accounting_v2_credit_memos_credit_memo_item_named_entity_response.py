from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemoItemNamedEntityResponse")


@_attrs_define
class AccountingV2CreditMemosCreditMemoItemNamedEntityResponse:
    """
    Attributes:
        id (int):
        name (None | str | Unset):
    """

    id: int
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        accounting_v2_credit_memos_credit_memo_item_named_entity_response = cls(
            id=id,
            name=name,
        )

        return accounting_v2_credit_memos_credit_memo_item_named_entity_response
