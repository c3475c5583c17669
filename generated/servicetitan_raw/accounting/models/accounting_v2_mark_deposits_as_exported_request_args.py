from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2MarkDepositsAsExportedRequestArgs")


@_attrs_define
class AccountingV2MarkDepositsAsExportedRequestArgs:
    """
    Attributes:
        ids (list[int] | None | Unset):
    """

    ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("ids",)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids

        else:
            ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ids = d.pop("ids", UNSET)
        if ids is not None and not isinstance(ids, Unset):
            if not isinstance(ids, list):
                raise TypeError()
            ids_type_0 = ids

            ids = ids_type_0

        accounting_v2_mark_deposits_as_exported_request_args = cls(
            ids,
        )

        accounting_v2_mark_deposits_as_exported_request_args.additional_properties = (
            dict(d)
        )
        return accounting_v2_mark_deposits_as_exported_request_args

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
