from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.tenant_settings_v2_employee_user_role import (
    TenantSettingsV2EmployeeUserRole,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_settings_v2_employee_address_response import (
        TenantSettingsV2EmployeeAddressResponse,
    )
    from ..models.tenant_settings_v2_employee_custom_field_response import (
        TenantSettingsV2EmployeeCustomFieldResponse,
    )
    from ..models.tenant_settings_v2_employee_permission_response import (
        TenantSettingsV2EmployeePermissionResponse,
    )


T = TypeVar("T", bound="TenantSettingsV2ExportEmployeeResponse")


@_attrs_define
class TenantSettingsV2ExportEmployeeResponse:
    """
    Attributes:
        active (bool):
        agent_id (int):
        created_on (datetime.datetime):
        hourly_rate (float):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        role (TenantSettingsV2EmployeeUserRole):
        user_id (int):
        aad_user_id (None | str | Unset):
        account_locked (bool | None | Unset):
        business_unit_id (int | None | Unset):
        custom_fields (list[TenantSettingsV2EmployeeCustomFieldResponse] | None | Unset):
        email (None | str | Unset):
        first_name (None | str | Unset):
        home (None | TenantSettingsV2EmployeeAddressResponse | Unset):
        last_name (None | str | Unset):
        login_name (None | str | Unset):
        manager_id (int | None | Unset):
        overtime_profile_id (int | None | Unset):
        permissions (list[None | TenantSettingsV2EmployeePermissionResponse] | None | Unset):
        phone_number (None | str | Unset):
        role_ids (list[int] | None | Unset):
        start_date (datetime.datetime | None | Unset):
        termination_date (datetime.datetime | None | Unset):
    """

    active: bool
    agent_id: int
    created_on: datetime.datetime
    hourly_rate: float
    id: int
    modified_on: datetime.datetime
    name: str
    role: TenantSettingsV2EmployeeUserRole
    user_id: int
    aad_user_id: None | str | Unset = UNSET
    account_locked: bool | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    custom_fields: list[TenantSettingsV2EmployeeCustomFieldResponse] | None | Unset = (
        UNSET
    )
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    home: None | TenantSettingsV2EmployeeAddressResponse | Unset = UNSET
    last_name: None | str | Unset = UNSET
    login_name: None | str | Unset = UNSET
    manager_id: int | None | Unset = UNSET
    overtime_profile_id: int | None | Unset = UNSET
    permissions: (
        list[None | TenantSettingsV2EmployeePermissionResponse] | None | Unset
    ) = UNSET
    phone_number: None | str | Unset = UNSET
    role_ids: list[int] | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    termination_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "agentId",
        "createdOn",
        "hourlyRate",
        "id",
        "modifiedOn",
        "name",
        "role",
        "userId",
        "aadUserId",
        "accountLocked",
        "businessUnitId",
        "customFields",
        "email",
        "firstName",
        "home",
        "lastName",
        "loginName",
        "managerId",
        "overtimeProfileId",
        "permissions",
        "phoneNumber",
        "roleIds",
        "startDate",
        "terminationDate",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.tenant_settings_v2_employee_address_response import (
            TenantSettingsV2EmployeeAddressResponse,
        )
        from ..models.tenant_settings_v2_employee_permission_response import (
            TenantSettingsV2EmployeePermissionResponse,
        )

        active = self.active

        agent_id = self.agent_id

        created_on = self.created_on.isoformat()

        hourly_rate = self.hourly_rate

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        role = self.role.value

        user_id = self.user_id

        aad_user_id: None | str | Unset
        if isinstance(self.aad_user_id, Unset):
            aad_user_id = UNSET
        else:
            aad_user_id = self.aad_user_id

        account_locked: bool | None | Unset
        if isinstance(self.account_locked, Unset):
            account_locked = UNSET
        else:
            account_locked = self.account_locked

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        home: dict[str, Any] | None | Unset
        if isinstance(self.home, Unset):
            home = UNSET
        elif isinstance(self.home, TenantSettingsV2EmployeeAddressResponse):
            home = self.home.to_dict()
        else:
            home = self.home

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        login_name: None | str | Unset
        if isinstance(self.login_name, Unset):
            login_name = UNSET
        else:
            login_name = self.login_name

        manager_id: int | None | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        else:
            manager_id = self.manager_id

        overtime_profile_id: int | None | Unset
        if isinstance(self.overtime_profile_id, Unset):
            overtime_profile_id = UNSET
        else:
            overtime_profile_id = self.overtime_profile_id

        permissions: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item: dict[str, Any] | None
                if isinstance(
                    permissions_type_0_item_data,
                    TenantSettingsV2EmployeePermissionResponse,
                ):
                    permissions_type_0_item = permissions_type_0_item_data.to_dict()
                else:
                    permissions_type_0_item = permissions_type_0_item_data
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        role_ids: list[int] | None | Unset
        if isinstance(self.role_ids, Unset):
            role_ids = UNSET
        elif isinstance(self.role_ids, list):
            role_ids = self.role_ids

        else:
            role_ids = self.role_ids

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        termination_date: None | str | Unset
        if isinstance(self.termination_date, Unset):
            termination_date = UNSET
        elif isinstance(self.termination_date, datetime.datetime):
            termination_date = self.termination_date.isoformat()
        else:
            termination_date = self.termination_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "agentId": agent_id,
                "createdOn": created_on,
                "hourlyRate": hourly_rate,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "role": role,
                "userId": user_id,
            }
        )
        if aad_user_id is not UNSET:
            field_dict["aadUserId"] = aad_user_id
        if account_locked is not UNSET:
            field_dict["accountLocked"] = account_locked
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if home is not UNSET:
            field_dict["home"] = home
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if login_name is not UNSET:
            field_dict["loginName"] = login_name
        if manager_id is not UNSET:
            field_dict["managerId"] = manager_id
        if overtime_profile_id is not UNSET:
            field_dict["overtimeProfileId"] = overtime_profile_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if termination_date is not UNSET:
            field_dict["terminationDate"] = termination_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        agent_id = d.pop("agentId")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        hourly_rate = d.pop("hourlyRate")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        role = TenantSettingsV2EmployeeUserRole(d.pop("role"))

        user_id = d.pop("userId")

        aad_user_id = d.pop("aadUserId", UNSET)

        account_locked = d.pop("accountLocked", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.TenantSettingsV2EmployeeCustomFieldResponse.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        home = d.pop("home", UNSET)
        if home is not None and not isinstance(home, Unset):
            if not isinstance(home, dict):
                raise TypeError()
            home_type_0 = _models.TenantSettingsV2EmployeeAddressResponse.from_dict(
                home
            )

            home = home_type_0

        last_name = d.pop("lastName", UNSET)

        login_name = d.pop("loginName", UNSET)

        manager_id = d.pop("managerId", UNSET)

        overtime_profile_id = d.pop("overtimeProfileId", UNSET)

        permissions = d.pop("permissions", UNSET)
        if permissions is not None and not isinstance(permissions, Unset):
            if not isinstance(permissions, list):
                raise TypeError()
            permissions_type_0 = []
            for permissions_type_0_item_data in permissions:
                permissions_type_0_item = permissions_type_0_item_data
                if permissions_type_0_item is not None:
                    if not isinstance(permissions_type_0_item, dict):
                        raise TypeError()
                    permissions_type_0_item_type_0 = (
                        _models.TenantSettingsV2EmployeePermissionResponse.from_dict(
                            permissions_type_0_item
                        )
                    )

                    permissions_type_0_item = permissions_type_0_item_type_0

                permissions_type_0.append(permissions_type_0_item)

            permissions = permissions_type_0

        phone_number = d.pop("phoneNumber", UNSET)

        role_ids = d.pop("roleIds", UNSET)
        if role_ids is not None and not isinstance(role_ids, Unset):
            if not isinstance(role_ids, list):
                raise TypeError()
            role_ids_type_0 = role_ids

            role_ids = role_ids_type_0

        start_date = d.pop("startDate", UNSET)
        if start_date is not None and not isinstance(start_date, Unset):
            if not isinstance(start_date, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(start_date)

            start_date = start_date_type_0

        termination_date = d.pop("terminationDate", UNSET)
        if termination_date is not None and not isinstance(termination_date, Unset):
            if not isinstance(termination_date, str):
                raise TypeError()
            termination_date_type_0 = datetime.datetime.fromisoformat(termination_date)

            termination_date = termination_date_type_0

        tenant_settings_v2_export_employee_response = cls(
            active,
            agent_id,
            created_on,
            hourly_rate,
            id,
            modified_on,
            name,
            role,
            user_id,
            aad_user_id,
            account_locked,
            business_unit_id,
            custom_fields,
            email,
            first_name,
            home,
            last_name,
            login_name,
            manager_id,
            overtime_profile_id,
            permissions,
            phone_number,
            role_ids,
            start_date,
            termination_date,
        )

        tenant_settings_v2_export_employee_response.additional_properties = dict(d)
        return tenant_settings_v2_export_employee_response

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
