from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2GlAccountTypeResponse")


@_attrs_define
class AccountingV2GlAccountTypeResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        name (None | str | Unset):
        parent_type_id (int | None | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    modified_on: datetime.datetime
    name: None | str | Unset = UNSET
    parent_type_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "modifiedOn",
        "name",
        "parentTypeId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        parent_type_id: int | None | Unset
        if isinstance(self.parent_type_id, Unset):
            parent_type_id = UNSET
        else:
            parent_type_id = self.parent_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if parent_type_id is not UNSET:
            field_dict["parentTypeId"] = parent_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name", UNSET)

        parent_type_id = d.pop("parentTypeId", UNSET)

        accounting_v2_gl_account_type_response = cls(
            active,
            created_on,
            id,
            modified_on,
            name,
            parent_type_id,
        )

        accounting_v2_gl_account_type_response.additional_properties = dict(d)
        return accounting_v2_gl_account_type_response

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
