from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timesheets_v2_activity_category_type import (
    TimesheetsV2ActivityCategoryType,
)

T = TypeVar("T", bound="TimesheetsV2ActivityCategoriesActivityCategoryResponse")


@_attrs_define
class TimesheetsV2ActivityCategoriesActivityCategoryResponse:
    """
    Attributes:
        active (bool):
        allow_edit (bool):
        created_on (datetime.datetime):
        id (int):
        is_default (bool):
        modified_on (datetime.datetime):
        name (str):
        type_ (TimesheetsV2ActivityCategoryType):
    """

    active: bool
    allow_edit: bool
    created_on: datetime.datetime
    id: int
    is_default: bool
    modified_on: datetime.datetime
    name: str
    type_: TimesheetsV2ActivityCategoryType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "allowEdit",
        "createdOn",
        "id",
        "isDefault",
        "modifiedOn",
        "name",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        allow_edit = self.allow_edit

        created_on = self.created_on.isoformat()

        id = self.id

        is_default = self.is_default

        modified_on = self.modified_on.isoformat()

        name = self.name

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "allowEdit": allow_edit,
                "createdOn": created_on,
                "id": id,
                "isDefault": is_default,
                "modifiedOn": modified_on,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        allow_edit = d.pop("allowEdit")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        is_default = d.pop("isDefault")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        type_ = TimesheetsV2ActivityCategoryType(d.pop("type"))

        timesheets_v2_activity_categories_activity_category_response = cls(
            active,
            allow_edit,
            created_on,
            id,
            is_default,
            modified_on,
            name,
            type_,
        )

        timesheets_v2_activity_categories_activity_category_response.additional_properties = dict(
            d
        )
        return timesheets_v2_activity_categories_activity_category_response

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
