from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_settings_v2_tag_importance import TenantSettingsV2TagImportance
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantSettingsV2CreateTagTypeRequest")


@_attrs_define
class TenantSettingsV2CreateTagTypeRequest:
    """
    Attributes:
        color (str):
        name (str):
        allow_to_use_on_timesheet_activity (bool | None | Unset):
        code (None | str | Unset):
        importance (None | TenantSettingsV2TagImportance | Unset):
        is_conversion_opportunity (bool | None | Unset):
        is_visible_on_dispatch_board (bool | None | Unset):
    """

    color: str
    name: str
    allow_to_use_on_timesheet_activity: bool | None | Unset = UNSET
    code: None | str | Unset = UNSET
    importance: None | TenantSettingsV2TagImportance | Unset = UNSET
    is_conversion_opportunity: bool | None | Unset = UNSET
    is_visible_on_dispatch_board: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "color",
        "name",
        "allowToUseOnTimesheetActivity",
        "code",
        "importance",
        "isConversionOpportunity",
        "isVisibleOnDispatchBoard",
    )

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        name = self.name

        allow_to_use_on_timesheet_activity: bool | None | Unset
        if isinstance(self.allow_to_use_on_timesheet_activity, Unset):
            allow_to_use_on_timesheet_activity = UNSET
        else:
            allow_to_use_on_timesheet_activity = self.allow_to_use_on_timesheet_activity

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        importance: None | str | Unset
        if isinstance(self.importance, Unset):
            importance = UNSET
        elif isinstance(self.importance, TenantSettingsV2TagImportance):
            importance = self.importance.value
        else:
            importance = self.importance

        is_conversion_opportunity: bool | None | Unset
        if isinstance(self.is_conversion_opportunity, Unset):
            is_conversion_opportunity = UNSET
        else:
            is_conversion_opportunity = self.is_conversion_opportunity

        is_visible_on_dispatch_board: bool | None | Unset
        if isinstance(self.is_visible_on_dispatch_board, Unset):
            is_visible_on_dispatch_board = UNSET
        else:
            is_visible_on_dispatch_board = self.is_visible_on_dispatch_board

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "color": color,
                "name": name,
            }
        )
        if allow_to_use_on_timesheet_activity is not UNSET:
            field_dict["allowToUseOnTimesheetActivity"] = (
                allow_to_use_on_timesheet_activity
            )
        if code is not UNSET:
            field_dict["code"] = code
        if importance is not UNSET:
            field_dict["importance"] = importance
        if is_conversion_opportunity is not UNSET:
            field_dict["isConversionOpportunity"] = is_conversion_opportunity
        if is_visible_on_dispatch_board is not UNSET:
            field_dict["isVisibleOnDispatchBoard"] = is_visible_on_dispatch_board

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        color = d.pop("color")

        name = d.pop("name")

        allow_to_use_on_timesheet_activity = d.pop(
            "allowToUseOnTimesheetActivity", UNSET
        )

        code = d.pop("code", UNSET)

        importance = d.pop("importance", UNSET)
        if importance is not None and not isinstance(importance, Unset):
            if not isinstance(importance, str):
                raise TypeError()
            importance_type_0 = TenantSettingsV2TagImportance(importance)

            importance = importance_type_0

        is_conversion_opportunity = d.pop("isConversionOpportunity", UNSET)

        is_visible_on_dispatch_board = d.pop("isVisibleOnDispatchBoard", UNSET)

        tenant_settings_v2_create_tag_type_request = cls(
            color,
            name,
            allow_to_use_on_timesheet_activity,
            code,
            importance,
            is_conversion_opportunity,
            is_visible_on_dispatch_board,
        )

        tenant_settings_v2_create_tag_type_request.additional_properties = dict(d)
        return tenant_settings_v2_create_tag_type_request

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
