from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
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


T = TypeVar("T", bound="TenantSettingsV2TechnicianUpdateRequest")


@_attrs_define
class TenantSettingsV2TechnicianUpdateRequest:
    """
    Attributes:
        aad_user_id (str | Unset):
        account_locked (bool | Unset):
        bio (str | Unset):
        burden_rate (float | None | Unset):
        business_unit_id (int | None | Unset):
        custom_fields (list[TenantSettingsV2TechnicianCustomFieldCreateOrUpdateRequest] | Unset):
        daily_goal (float | None | Unset):
        email (str | Unset):
        home (TenantSettingsV2CreateOrUpdateAddressRequest | Unset):
        job_filter (None | TenantSettingsV2JobFilter | Unset):
        job_history_date_filter (None | TenantSettingsV2JobHistoryDateFilter | Unset):
        license_type (TenantSettingsV2LicenseType | Unset):
        login (str | Unset):
        memo (str | Unset):
        name (str | Unset):
        phone_number (str | Unset):
        positions (list[TenantSettingsV2TechnicianPosition] | Unset):
        role_id (int | Unset):
        team (str | Unset):
    """

    aad_user_id: str | Unset = UNSET
    account_locked: bool | Unset = UNSET
    bio: str | Unset = UNSET
    burden_rate: float | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    custom_fields: (
        list[TenantSettingsV2TechnicianCustomFieldCreateOrUpdateRequest] | Unset
    ) = UNSET
    daily_goal: float | None | Unset = UNSET
    email: str | Unset = UNSET
    home: TenantSettingsV2CreateOrUpdateAddressRequest | Unset = UNSET
    job_filter: None | TenantSettingsV2JobFilter | Unset = UNSET
    job_history_date_filter: None | TenantSettingsV2JobHistoryDateFilter | Unset = UNSET
    license_type: TenantSettingsV2LicenseType | Unset = UNSET
    login: str | Unset = UNSET
    memo: str | Unset = UNSET
    name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    positions: list[TenantSettingsV2TechnicianPosition] | Unset = UNSET
    role_id: int | Unset = UNSET
    team: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "aadUserId",
        "accountLocked",
        "bio",
        "burdenRate",
        "businessUnitId",
        "customFields",
        "dailyGoal",
        "email",
        "home",
        "jobFilter",
        "jobHistoryDateFilter",
        "licenseType",
        "login",
        "memo",
        "name",
        "phoneNumber",
        "positions",
        "roleId",
        "team",
    )

    def to_dict(self) -> dict[str, Any]:
        aad_user_id = self.aad_user_id

        account_locked = self.account_locked

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

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        daily_goal: float | None | Unset
        if isinstance(self.daily_goal, Unset):
            daily_goal = UNSET
        else:
            daily_goal = self.daily_goal

        email = self.email

        home: dict[str, Any] | Unset = UNSET
        if not isinstance(self.home, Unset):
            home = self.home.to_dict()

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

        license_type: str | Unset = UNSET
        if not isinstance(self.license_type, Unset):
            license_type = self.license_type.value

        login = self.login

        memo = self.memo

        name = self.name

        phone_number = self.phone_number

        positions: list[str] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.value
                positions.append(positions_item)

        role_id = self.role_id

        team = self.team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aad_user_id is not UNSET:
            field_dict["aadUserId"] = aad_user_id
        if account_locked is not UNSET:
            field_dict["accountLocked"] = account_locked
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
        if license_type is not UNSET:
            field_dict["licenseType"] = license_type
        if login is not UNSET:
            field_dict["login"] = login
        if memo is not UNSET:
            field_dict["memo"] = memo
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if positions is not UNSET:
            field_dict["positions"] = positions
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if team is not UNSET:
            field_dict["team"] = team

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aad_user_id = d.pop("aadUserId", UNSET)

        account_locked = d.pop("accountLocked", UNSET)

        bio = d.pop("bio", UNSET)

        burden_rate = d.pop("burdenRate", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = [
                _models.TenantSettingsV2TechnicianCustomFieldCreateOrUpdateRequest.from_dict(
                    custom_fields_item_data
                )
                for custom_fields_item_data in custom_fields
            ]

        daily_goal = d.pop("dailyGoal", UNSET)

        email = d.pop("email", UNSET)

        home = d.pop("home", UNSET)
        if not isinstance(home, Unset):
            home = _models.TenantSettingsV2CreateOrUpdateAddressRequest.from_dict(home)

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

        license_type = d.pop("licenseType", UNSET)
        if not isinstance(license_type, Unset):
            license_type = TenantSettingsV2LicenseType(license_type)

        login = d.pop("login", UNSET)

        memo = d.pop("memo", UNSET)

        name = d.pop("name", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        positions = d.pop("positions", UNSET)
        if positions is not UNSET:
            positions = [
                TenantSettingsV2TechnicianPosition(positions_item_data)
                for positions_item_data in positions
            ]

        role_id = d.pop("roleId", UNSET)

        team = d.pop("team", UNSET)

        tenant_settings_v2_technician_update_request = cls(
            aad_user_id,
            account_locked,
            bio,
            burden_rate,
            business_unit_id,
            custom_fields,
            daily_goal,
            email,
            home,
            job_filter,
            job_history_date_filter,
            license_type,
            login,
            memo,
            name,
            phone_number,
            positions,
            role_id,
            team,
        )

        tenant_settings_v2_technician_update_request.additional_properties = dict(d)
        return tenant_settings_v2_technician_update_request

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
