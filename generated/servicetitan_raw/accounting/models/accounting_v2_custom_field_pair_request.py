from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2CustomFieldPairRequest")


@_attrs_define
class AccountingV2CustomFieldPairRequest:
    """
    Attributes:
        name (str):
        value (None | str | Unset):
    """

    name: str
    value: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        accounting_v2_custom_field_pair_request = cls(
            name=name,
            value=value,
        )

        return accounting_v2_custom_field_pair_request
