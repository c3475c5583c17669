from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TenantSettingsV2TechnicianCreateResponse")


@_attrs_define
class TenantSettingsV2TechnicianCreateResponse:
    """
    Attributes:
        id (int): Technician Id
    """

    id: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        tenant_settings_v2_technician_create_response = cls(
            id=id,
        )

        return tenant_settings_v2_technician_create_response
