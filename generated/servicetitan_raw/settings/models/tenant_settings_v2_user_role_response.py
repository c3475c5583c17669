from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "employeeType",
        "id",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        employee_type = self.employee_type.value

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            active,
            created_on,
            employee_type,
            id,
            name,
        )

        tenant_settings_v2_user_role_response.additional_properties = dict(d)
        return tenant_settings_v2_user_role_response

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
