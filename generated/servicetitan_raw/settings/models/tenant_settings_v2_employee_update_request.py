from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.tenant_settings_v2_employee_position import (
    TenantSettingsV2EmployeePosition,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_settings_v2_employee_custom_field_create_or_update_request import (
        TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest,
    )


T = TypeVar("T", bound="TenantSettingsV2EmployeeUpdateRequest")


@_attrs_define
class TenantSettingsV2EmployeeUpdateRequest:
    """
    Attributes:
        aad_user_id (str | Unset):
        account_locked (bool | Unset):
        business_unit_id (int | None | Unset):
        custom_fields (list[TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest] | Unset):
        email (str | Unset):
        login (str | Unset):
        mobile_phone_number (str | Unset):
        name (str | Unset):
        phone_number (str | Unset):
        positions (list[TenantSettingsV2EmployeePosition] | Unset):
        role_id (int | Unset):
    """

    aad_user_id: str | Unset = UNSET
    account_locked: bool | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    custom_fields: (
        list[TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest] | Unset
    ) = UNSET
    email: str | Unset = UNSET
    login: str | Unset = UNSET
    mobile_phone_number: str | Unset = UNSET
    name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    positions: list[TenantSettingsV2EmployeePosition] | Unset = UNSET
    role_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "aadUserId",
        "accountLocked",
        "businessUnitId",
        "customFields",
        "email",
        "login",
        "mobilePhoneNumber",
        "name",
        "phoneNumber",
        "positions",
        "roleId",
    )

    def to_dict(self) -> dict[str, Any]:
        aad_user_id = self.aad_user_id

        account_locked = self.account_locked

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        email = self.email

        login = self.login

        mobile_phone_number = self.mobile_phone_number

        name = self.name

        phone_number = self.phone_number

        positions: list[str] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.value
                positions.append(positions_item)

        role_id = self.role_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if login is not UNSET:
            field_dict["login"] = login
        if mobile_phone_number is not UNSET:
            field_dict["mobilePhoneNumber"] = mobile_phone_number
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if positions is not UNSET:
            field_dict["positions"] = positions
        if role_id is not UNSET:
            field_dict["roleId"] = role_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aad_user_id = d.pop("aadUserId", UNSET)

        account_locked = d.pop("accountLocked", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = [
                _models.TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest.from_dict(
                    custom_fields_item_data
                )
                for custom_fields_item_data in custom_fields
            ]

        email = d.pop("email", UNSET)

        login = d.pop("login", UNSET)

        mobile_phone_number = d.pop("mobilePhoneNumber", UNSET)

        name = d.pop("name", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        positions = d.pop("positions", UNSET)
        if positions is not UNSET:
            positions = [
                TenantSettingsV2EmployeePosition(positions_item_data)
                for positions_item_data in positions
            ]

        role_id = d.pop("roleId", UNSET)

        tenant_settings_v2_employee_update_request = cls(
            aad_user_id,
            account_locked,
            business_unit_id,
            custom_fields,
            email,
            login,
            mobile_phone_number,
            name,
            phone_number,
            positions,
            role_id,
        )

        tenant_settings_v2_employee_update_request.additional_properties = dict(d)
        return tenant_settings_v2_employee_update_request

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
