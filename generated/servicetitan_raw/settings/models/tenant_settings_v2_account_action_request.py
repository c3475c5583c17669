from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_settings_v2_account_action import TenantSettingsV2AccountAction

T = TypeVar("T", bound="TenantSettingsV2AccountActionRequest")


@_attrs_define
class TenantSettingsV2AccountActionRequest:
    """
    Attributes:
        action (TenantSettingsV2AccountAction):
    """

    action: TenantSettingsV2AccountAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("action",)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = TenantSettingsV2AccountAction(d.pop("action"))

        tenant_settings_v2_account_action_request = cls(
            action,
        )

        tenant_settings_v2_account_action_request.additional_properties = dict(d)
        return tenant_settings_v2_account_action_request

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
