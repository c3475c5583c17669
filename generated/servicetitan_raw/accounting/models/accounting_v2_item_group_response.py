from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2ItemGroupResponse")


@_attrs_define
class AccountingV2ItemGroupResponse:
    """
    Attributes:
        root_id (int):
        name (None | str | Unset):
    """

    root_id: int
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        root_id = self.root_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rootId": root_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        root_id = d.pop("rootId")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        accounting_v2_item_group_response = cls(
            root_id=root_id,
            name=name,
        )

        return accounting_v2_item_group_response
