from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.tenant_settings_v2_account_action_status import (
    TenantSettingsV2AccountActionStatus,
)

T = TypeVar("T", bound="TenantSettingsV2AccountActionResponse")


@_attrs_define
class TenantSettingsV2AccountActionResponse:
    """
    Attributes:
        status (TenantSettingsV2AccountActionStatus):
    """

    status: TenantSettingsV2AccountActionStatus

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = TenantSettingsV2AccountActionStatus(d.pop("status"))

        tenant_settings_v2_account_action_response = cls(
            status=status,
        )

        return tenant_settings_v2_account_action_response
