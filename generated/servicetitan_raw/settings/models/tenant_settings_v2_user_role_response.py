from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.tenant_settings_v2_employee_type import TenantSettingsV2EmployeeType

T = TypeVar("T", bound="TenantSettingsV2UserRoleResponse")


@_attrs_define
class TenantSettingsV2UserRoleResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        employee_type (TenantSettingsV2EmployeeType):
        id (int):
        name (str):
    """

    active: bool
    created_on: datetime.datetime
    employee_type: TenantSettingsV2EmployeeType
    id: int
    name: str

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        employee_type = self.employee_type.value

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "employeeType": employee_type,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        employee_type = TenantSettingsV2EmployeeType(d.pop("employeeType"))

        id = d.pop("id")

        name = d.pop("name")

        tenant_settings_v2_user_role_response = cls(
            active=active,
            created_on=created_on,
            employee_type=employee_type,
            id=id,
            name=name,
        )

        return tenant_settings_v2_user_role_response
