from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.tenant_settings_v2_account_creation_method import (
    TenantSettingsV2AccountCreationMethod,
)
from ..models.tenant_settings_v2_employee_position import (
    TenantSettingsV2EmployeePosition,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_settings_v2_employee_custom_field_create_or_update_request import (
        TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest,
    )


T = TypeVar("T", bound="TenantSettingsV2EmployeeCreateRequest")


@_attrs_define
class TenantSettingsV2EmployeeCreateRequest:
    """
    Attributes:
        account_creation_method (TenantSettingsV2AccountCreationMethod):
        email (str):
        name (str):
        positions (list[TenantSettingsV2EmployeePosition]):
        role_id (int):
        aad_user_id (None | str | Unset):
        business_unit_id (int | None | Unset):
        custom_fields (list[TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest] | None | Unset):
        login (None | str | Unset):
        mobile_phone_number (None | str | Unset):
        password (None | str | Unset):
        phone_number (None | str | Unset):
    """

    account_creation_method: TenantSettingsV2AccountCreationMethod
    email: str
    name: str
    positions: list[TenantSettingsV2EmployeePosition]
    role_id: int
    aad_user_id: None | str | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    custom_fields: (
        list[TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest] | None | Unset
    ) = UNSET
    login: None | str | Unset = UNSET
    mobile_phone_number: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "accountCreationMethod",
        "email",
        "name",
        "positions",
        "roleId",
        "aadUserId",
        "businessUnitId",
        "customFields",
        "login",
        "mobilePhoneNumber",
        "password",
        "phoneNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        account_creation_method = self.account_creation_method.value

        email = self.email

        name = self.name

        positions = []
        for positions_item_data in self.positions:
            positions_item = positions_item_data.value
            positions.append(positions_item)

        role_id = self.role_id

        aad_user_id: None | str | Unset
        if isinstance(self.aad_user_id, Unset):
            aad_user_id = UNSET
        else:
            aad_user_id = self.aad_user_id

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

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        mobile_phone_number: None | str | Unset
        if isinstance(self.mobile_phone_number, Unset):
            mobile_phone_number = UNSET
        else:
            mobile_phone_number = self.mobile_phone_number

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountCreationMethod": account_creation_method,
                "email": email,
                "name": name,
                "positions": positions,
                "roleId": role_id,
            }
        )
        if aad_user_id is not UNSET:
            field_dict["aadUserId"] = aad_user_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if login is not UNSET:
            field_dict["login"] = login
        if mobile_phone_number is not UNSET:
            field_dict["mobilePhoneNumber"] = mobile_phone_number
        if password is not UNSET:
            field_dict["password"] = password
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_creation_method = TenantSettingsV2AccountCreationMethod(
            d.pop("accountCreationMethod")
        )

        email = d.pop("email")

        name = d.pop("name")

        positions = [
            TenantSettingsV2EmployeePosition(positions_item_data)
            for positions_item_data in d.pop("positions")
        ]

        role_id = d.pop("roleId")

        aad_user_id = d.pop("aadUserId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        login = d.pop("login", UNSET)

        mobile_phone_number = d.pop("mobilePhoneNumber", UNSET)

        password = d.pop("password", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        tenant_settings_v2_employee_create_request = cls(
            account_creation_method,
            email,
            name,
            positions,
            role_id,
            aad_user_id,
            business_unit_id,
            custom_fields,
            login,
            mobile_phone_number,
            password,
            phone_number,
        )

        tenant_settings_v2_employee_create_request.additional_properties = dict(d)
        return tenant_settings_v2_employee_create_request

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
