from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.tenant_settings_v2_account_action import TenantSettingsV2AccountAction

T = TypeVar("T", bound="TenantSettingsV2AccountActionRequest")


@_attrs_define
class TenantSettingsV2AccountActionRequest:
    """
    Attributes:
        action (TenantSettingsV2AccountAction):
    """

    action: TenantSettingsV2AccountAction

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        field_dict: dict[str, Any] = {}

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
            action=action,
        )

        return tenant_settings_v2_account_action_request
