from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.tenant_settings_v2_account_creation_method import (
    TenantSettingsV2AccountCreationMethod,
)
from ..models.tenant_settings_v2_job_filter import TenantSettingsV2JobFilter
from ..models.tenant_settings_v2_job_history_date_filter import (
    TenantSettingsV2JobHistoryDateFilter,
)
from ..models.tenant_settings_v2_license_type import TenantSettingsV2LicenseType
from ..models.tenant_settings_v2_technician_position import (
    TenantSettingsV2TechnicianPosition,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_settings_v2_create_or_update_address_request import (
        TenantSettingsV2CreateOrUpdateAddressRequest,
    )
    from ..models.tenant_settings_v2_technician_custom_field_create_or_update_request import (
        TenantSettingsV2TechnicianCustomFieldCreateOrUpdateRequest,
    )


T = TypeVar("T", bound="TenantSettingsV2TechnicianCreateRequest")


@_attrs_define
class TenantSettingsV2TechnicianCreateRequest:
    """
    Attributes:
        account_creation_method (TenantSettingsV2AccountCreationMethod):
        license_type (TenantSettingsV2LicenseType):
        name (str):
        positions (list[TenantSettingsV2TechnicianPosition]):
        role_id (int):
        aad_user_id (None | str | Unset):
        bio (None | str | Unset):
        burden_rate (float | None | Unset):
        business_unit_id (int | None | Unset):
        custom_fields (list[TenantSettingsV2TechnicianCustomFieldCreateOrUpdateRequest] | None | Unset):
        daily_goal (float | None | Unset):
        email (None | str | Unset):
        home (None | TenantSettingsV2CreateOrUpdateAddressRequest | Unset):
        job_filter (None | TenantSettingsV2JobFilter | Unset):
        job_history_date_filter (None | TenantSettingsV2JobHistoryDateFilter | Unset):
        login (None | str | Unset):
        memo (None | str | Unset):
        password (None | str | Unset):
        phone_number (None | str | Unset):
        team (None | str | Unset):
    """

    account_creation_method: TenantSettingsV2AccountCreationMethod
    license_type: TenantSettingsV2LicenseType
    name: str
    positions: list[TenantSettingsV2TechnicianPosition]
    role_id: int
    aad_user_id: None | str | Unset = UNSET
    bio: None | str | Unset = UNSET
    burden_rate: float | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    custom_fields: (
        list[TenantSettingsV2TechnicianCustomFieldCreateOrUpdateRequest] | None | Unset
    ) = UNSET
    daily_goal: float | None | Unset = UNSET
    email: None | str | Unset = UNSET
    home: None | TenantSettingsV2CreateOrUpdateAddressRequest | Unset = UNSET
    job_filter: None | TenantSettingsV2JobFilter | Unset = UNSET
    job_history_date_filter: None | TenantSettingsV2JobHistoryDateFilter | Unset = UNSET
    login: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    team: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "accountCreationMethod",
        "licenseType",
        "name",
        "positions",
        "roleId",
        "aadUserId",
        "bio",
        "burdenRate",
        "businessUnitId",
        "customFields",
        "dailyGoal",
        "email",
        "home",
        "jobFilter",
        "jobHistoryDateFilter",
        "login",
        "memo",
        "password",
        "phoneNumber",
        "team",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.tenant_settings_v2_create_or_update_address_request import (
            TenantSettingsV2CreateOrUpdateAddressRequest,
        )

        account_creation_method = self.account_creation_method.value

        license_type = self.license_type.value

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

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        burden_rate: float | None | Unset
        if isinstance(self.burden_rate, Unset):
            burden_rate = UNSET
        else:
            burden_rate = self.burden_rate

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

        daily_goal: float | None | Unset
        if isinstance(self.daily_goal, Unset):
            daily_goal = UNSET
        else:
            daily_goal = self.daily_goal

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        home: dict[str, Any] | None | Unset
        if isinstance(self.home, Unset):
            home = UNSET
        elif isinstance(self.home, TenantSettingsV2CreateOrUpdateAddressRequest):
            home = self.home.to_dict()
        else:
            home = self.home

        job_filter: None | str | Unset
        if isinstance(self.job_filter, Unset):
            job_filter = UNSET
        elif isinstance(self.job_filter, TenantSettingsV2JobFilter):
            job_filter = self.job_filter.value
        else:
            job_filter = self.job_filter

        job_history_date_filter: None | str | Unset
        if isinstance(self.job_history_date_filter, Unset):
            job_history_date_filter = UNSET
        elif isinstance(
            self.job_history_date_filter, TenantSettingsV2JobHistoryDateFilter
        ):
            job_history_date_filter = self.job_history_date_filter.value
        else:
            job_history_date_filter = self.job_history_date_filter

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

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

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountCreationMethod": account_creation_method,
                "licenseType": license_type,
                "name": name,
                "positions": positions,
                "roleId": role_id,
            }
        )
        if aad_user_id is not UNSET:
            field_dict["aadUserId"] = aad_user_id
        if bio is not UNSET:
            field_dict["bio"] = bio
        if burden_rate is not UNSET:
            field_dict["burdenRate"] = burden_rate
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if daily_goal is not UNSET:
            field_dict["dailyGoal"] = daily_goal
        if email is not UNSET:
            field_dict["email"] = email
        if home is not UNSET:
            field_dict["home"] = home
        if job_filter is not UNSET:
            field_dict["jobFilter"] = job_filter
        if job_history_date_filter is not UNSET:
            field_dict["jobHistoryDateFilter"] = job_history_date_filter
        if login is not UNSET:
            field_dict["login"] = login
        if memo is not UNSET:
            field_dict["memo"] = memo
        if password is not UNSET:
            field_dict["password"] = password
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if team is not UNSET:
            field_dict["team"] = team

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_creation_method = TenantSettingsV2AccountCreationMethod(
            d.pop("accountCreationMethod")
        )

        license_type = TenantSettingsV2LicenseType(d.pop("licenseType"))

        name = d.pop("name")

        positions = [
            TenantSettingsV2TechnicianPosition(positions_item_data)
            for positions_item_data in d.pop("positions")
        ]

        role_id = d.pop("roleId")

        aad_user_id = d.pop("aadUserId", UNSET)

        bio = d.pop("bio", UNSET)

        burden_rate = d.pop("burdenRate", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.TenantSettingsV2TechnicianCustomFieldCreateOrUpdateRequest.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        daily_goal = d.pop("dailyGoal", UNSET)

        email = d.pop("email", UNSET)

        home = d.pop("home", UNSET)
        if home is not None and not isinstance(home, Unset):
            if not isinstance(home, dict):
                raise TypeError()
            home_type_0 = (
                _models.TenantSettingsV2CreateOrUpdateAddressRequest.from_dict(home)
            )

            home = home_type_0

        job_filter = d.pop("jobFilter", UNSET)
        if job_filter is not None and not isinstance(job_filter, Unset):
            if not isinstance(job_filter, str):
                raise TypeError()
            job_filter_type_0 = TenantSettingsV2JobFilter(job_filter)

            job_filter = job_filter_type_0

        job_history_date_filter = d.pop("jobHistoryDateFilter", UNSET)
        if job_history_date_filter is not None and not isinstance(
            job_history_date_filter, Unset
        ):
            if not isinstance(job_history_date_filter, str):
                raise TypeError()
            job_history_date_filter_type_0 = TenantSettingsV2JobHistoryDateFilter(
                job_history_date_filter
            )

            job_history_date_filter = job_history_date_filter_type_0

        login = d.pop("login", UNSET)

        memo = d.pop("memo", UNSET)

        password = d.pop("password", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        team = d.pop("team", UNSET)

        tenant_settings_v2_technician_create_request = cls(
            account_creation_method,
            license_type,
            name,
            positions,
            role_id,
            aad_user_id,
            bio,
            burden_rate,
            business_unit_id,
            custom_fields,
            daily_goal,
            email,
            home,
            job_filter,
            job_history_date_filter,
            login,
            memo,
            password,
            phone_number,
            team,
        )

        tenant_settings_v2_technician_create_request.additional_properties = dict(d)
        return tenant_settings_v2_technician_create_request

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
