from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2GLAccountResponse")


@_attrs_define
class AccountingV2GLAccountResponse:
    """
    Attributes:
        id (int):
        detail_type (None | str | Unset):
        name (None | str | Unset):
        number (None | str | Unset):
        type_ (None | str | Unset):
    """

    id: int
    detail_type: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "detailType",
        "name",
        "number",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        detail_type: None | str | Unset
        if isinstance(self.detail_type, Unset):
            detail_type = UNSET
        else:
            detail_type = self.detail_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if detail_type is not UNSET:
            field_dict["detailType"] = detail_type
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        detail_type = d.pop("detailType", UNSET)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        type_ = d.pop("type", UNSET)

        accounting_v2gl_account_response = cls(
            id,
            detail_type,
            name,
            number,
            type_,
        )

        accounting_v2gl_account_response.additional_properties = dict(d)
        return accounting_v2gl_account_response

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
