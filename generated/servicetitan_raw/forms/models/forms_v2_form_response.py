from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormsV2FormResponse")


@_attrs_define
class FormsV2FormResponse:
    """
    Attributes:
        active (bool):
        created_by_id (int):
        created_on (datetime.datetime):
        has_conditional_logic (bool):
        has_triggers (bool):
        id (int):
        modified_on (datetime.datetime):
        published (bool):
        name (None | str | Unset):
    """

    active: bool
    created_by_id: int
    created_on: datetime.datetime
    has_conditional_logic: bool
    has_triggers: bool
    id: int
    modified_on: datetime.datetime
    published: bool
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdById",
        "createdOn",
        "hasConditionalLogic",
        "hasTriggers",
        "id",
        "modifiedOn",
        "published",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        has_conditional_logic = self.has_conditional_logic

        has_triggers = self.has_triggers

        id = self.id

        modified_on = self.modified_on.isoformat()

        published = self.published

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdById": created_by_id,
                "createdOn": created_on,
                "hasConditionalLogic": has_conditional_logic,
                "hasTriggers": has_triggers,
                "id": id,
                "modifiedOn": modified_on,
                "published": published,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        has_conditional_logic = d.pop("hasConditionalLogic")

        has_triggers = d.pop("hasTriggers")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        published = d.pop("published")

        name = d.pop("name", UNSET)

        forms_v2_form_response = cls(
            active,
            created_by_id,
            created_on,
            has_conditional_logic,
            has_triggers,
            id,
            modified_on,
            published,
            name,
        )

        forms_v2_form_response.additional_properties = dict(d)
        return forms_v2_form_response

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
