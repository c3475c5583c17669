from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_settings_v2_tag_importance import TenantSettingsV2TagImportance
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantSettingsV2TagTypeResponse")


@_attrs_define
class TenantSettingsV2TagTypeResponse:
    """
    Attributes:
        active (bool):
        allow_to_use_on_timesheet_activity (bool):
        code (str):
        color (str):
        created_on (datetime.datetime):
        id (int):
        is_conversion_opportunity (bool):
        is_visible_on_dispatch_board (bool):
        modified_on (datetime.datetime):
        name (str):
        importance (None | TenantSettingsV2TagImportance | Unset):
    """

    active: bool
    allow_to_use_on_timesheet_activity: bool
    code: str
    color: str
    created_on: datetime.datetime
    id: int
    is_conversion_opportunity: bool
    is_visible_on_dispatch_board: bool
    modified_on: datetime.datetime
    name: str
    importance: None | TenantSettingsV2TagImportance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "allowToUseOnTimesheetActivity",
        "code",
        "color",
        "createdOn",
        "id",
        "isConversionOpportunity",
        "isVisibleOnDispatchBoard",
        "modifiedOn",
        "name",
        "importance",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        allow_to_use_on_timesheet_activity = self.allow_to_use_on_timesheet_activity

        code = self.code

        color = self.color

        created_on = self.created_on.isoformat()

        id = self.id

        is_conversion_opportunity = self.is_conversion_opportunity

        is_visible_on_dispatch_board = self.is_visible_on_dispatch_board

        modified_on = self.modified_on.isoformat()

        name = self.name

        importance: None | str | Unset
        if isinstance(self.importance, Unset):
            importance = UNSET
        elif isinstance(self.importance, TenantSettingsV2TagImportance):
            importance = self.importance.value
        else:
            importance = self.importance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "allowToUseOnTimesheetActivity": allow_to_use_on_timesheet_activity,
                "code": code,
                "color": color,
                "createdOn": created_on,
                "id": id,
                "isConversionOpportunity": is_conversion_opportunity,
                "isVisibleOnDispatchBoard": is_visible_on_dispatch_board,
                "modifiedOn": modified_on,
                "name": name,
            }
        )
        if importance is not UNSET:
            field_dict["importance"] = importance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        allow_to_use_on_timesheet_activity = d.pop("allowToUseOnTimesheetActivity")

        code = d.pop("code")

        color = d.pop("color")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        is_conversion_opportunity = d.pop("isConversionOpportunity")

        is_visible_on_dispatch_board = d.pop("isVisibleOnDispatchBoard")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        importance = d.pop("importance", UNSET)
        if importance is not None and not isinstance(importance, Unset):
            if not isinstance(importance, str):
                raise TypeError()
            importance_type_0 = TenantSettingsV2TagImportance(importance)

            importance = importance_type_0

        tenant_settings_v2_tag_type_response = cls(
            active,
            allow_to_use_on_timesheet_activity,
            code,
            color,
            created_on,
            id,
            is_conversion_opportunity,
            is_visible_on_dispatch_board,
            modified_on,
            name,
            importance,
        )

        tenant_settings_v2_tag_type_response.additional_properties = dict(d)
        return tenant_settings_v2_tag_type_response

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
