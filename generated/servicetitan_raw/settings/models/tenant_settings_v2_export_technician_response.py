from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.tenant_settings_v2_job_filter import TenantSettingsV2JobFilter
from ..models.tenant_settings_v2_license_type import TenantSettingsV2LicenseType
from ..models.tenant_settings_v2_technician_position import (
    TenantSettingsV2TechnicianPosition,
)
from ..models.tenant_settings_v2_technician_status import (
    TenantSettingsV2TechnicianStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_settings_v2_technician_address_response import (
        TenantSettingsV2TechnicianAddressResponse,
    )
    from ..models.tenant_settings_v2_technician_custom_field_response import (
        TenantSettingsV2TechnicianCustomFieldResponse,
    )
    from ..models.tenant_settings_v2_technician_location_response import (
        TenantSettingsV2TechnicianLocationResponse,
    )
    from ..models.tenant_settings_v2_technician_permission_response import (
        TenantSettingsV2TechnicianPermissionResponse,
    )
    from ..models.tenant_settings_v2_technician_skill_response import (
        TenantSettingsV2TechnicianSkillResponse,
    )


T = TypeVar("T", bound="TenantSettingsV2ExportTechnicianResponse")


@_attrs_define
class TenantSettingsV2ExportTechnicianResponse:
    """
    Attributes:
        active (bool):
        burden_rate (float):
        commission_rate (float):
        created_on (datetime.datetime):
        daily_goal (float):
        hourly_rate (float):
        id (int):
        is_managed_tech (bool):
        modified_on (datetime.datetime):
        name (str):
        sold_by_rate (float):
        status (TenantSettingsV2TechnicianStatus):
        user_id (int):
        aad_user_id (None | str | Unset):
        account_locked (bool | None | Unset):
        appoitment_id (int | None | Unset):
        bio (None | str | Unset):
        business_unit_id (int | None | Unset):
        current_value (float | None | Unset):
        custom_fields (list[TenantSettingsV2TechnicianCustomFieldResponse] | None | Unset):
        email (None | str | Unset):
        first_name (None | str | Unset):
        home (None | TenantSettingsV2TechnicianAddressResponse | Unset):
        job_filter (None | TenantSettingsV2JobFilter | Unset):
        job_id (int | None | Unset):
        last_name (None | str | Unset):
        license_type (None | TenantSettingsV2LicenseType | Unset):
        location (None | TenantSettingsV2TechnicianLocationResponse | Unset):
        login_name (None | str | Unset):
        main_zone_id (int | None | Unset):
        memo (None | str | Unset):
        mobile_phone (None | str | Unset):
        outbound_caller_id (None | str | Unset):
        payroll_id (None | str | Unset):
        payroll_profile_id (int | None | Unset):
        permissions (list[None | TenantSettingsV2TechnicianPermissionResponse] | None | Unset):
        phone_number (None | str | Unset):
        positions (list[TenantSettingsV2TechnicianPosition] | None | Unset):
        role_ids (list[int] | None | Unset):
        shift_end (None | str | Unset):
        shift_start (None | str | Unset):
        skills (list[TenantSettingsV2TechnicianSkillResponse] | None | Unset):
        start_date (datetime.datetime | None | Unset):
        team (None | str | Unset):
        zone_ids (list[int] | None | Unset):
    """

    active: bool
    burden_rate: float
    commission_rate: float
    created_on: datetime.datetime
    daily_goal: float
    hourly_rate: float
    id: int
    is_managed_tech: bool
    modified_on: datetime.datetime
    name: str
    sold_by_rate: float
    status: TenantSettingsV2TechnicianStatus
    user_id: int
    aad_user_id: None | str | Unset = UNSET
    account_locked: bool | None | Unset = UNSET
    appoitment_id: int | None | Unset = UNSET
    bio: None | str | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    current_value: float | None | Unset = UNSET
    custom_fields: (
        list[TenantSettingsV2TechnicianCustomFieldResponse] | None | Unset
    ) = UNSET
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    home: None | TenantSettingsV2TechnicianAddressResponse | Unset = UNSET
    job_filter: None | TenantSettingsV2JobFilter | Unset = UNSET
    job_id: int | None | Unset = UNSET
    last_name: None | str | Unset = UNSET
    license_type: None | TenantSettingsV2LicenseType | Unset = UNSET
    location: None | TenantSettingsV2TechnicianLocationResponse | Unset = UNSET
    login_name: None | str | Unset = UNSET
    main_zone_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    mobile_phone: None | str | Unset = UNSET
    outbound_caller_id: None | str | Unset = UNSET
    payroll_id: None | str | Unset = UNSET
    payroll_profile_id: int | None | Unset = UNSET
    permissions: (
        list[None | TenantSettingsV2TechnicianPermissionResponse] | None | Unset
    ) = UNSET
    phone_number: None | str | Unset = UNSET
    positions: list[TenantSettingsV2TechnicianPosition] | None | Unset = UNSET
    role_ids: list[int] | None | Unset = UNSET
    shift_end: None | str | Unset = UNSET
    shift_start: None | str | Unset = UNSET
    skills: list[TenantSettingsV2TechnicianSkillResponse] | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    team: None | str | Unset = UNSET
    zone_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "burdenRate",
        "commissionRate",
        "createdOn",
        "dailyGoal",
        "hourlyRate",
        "id",
        "isManagedTech",
        "modifiedOn",
        "name",
        "soldByRate",
        "status",
        "userId",
        "aadUserId",
        "accountLocked",
        "appoitmentId",
        "bio",
        "businessUnitId",
        "currentValue",
        "customFields",
        "email",
        "firstName",
        "home",
        "jobFilter",
        "jobId",
        "lastName",
        "licenseType",
        "location",
        "loginName",
        "mainZoneId",
        "memo",
        "mobilePhone",
        "outboundCallerId",
        "payrollId",
        "payrollProfileId",
        "permissions",
        "phoneNumber",
        "positions",
        "roleIds",
        "shiftEnd",
        "shiftStart",
        "skills",
        "startDate",
        "team",
        "zoneIds",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.tenant_settings_v2_technician_address_response import (
            TenantSettingsV2TechnicianAddressResponse,
        )
        from ..models.tenant_settings_v2_technician_location_response import (
            TenantSettingsV2TechnicianLocationResponse,
        )
        from ..models.tenant_settings_v2_technician_permission_response import (
            TenantSettingsV2TechnicianPermissionResponse,
        )

        active = self.active

        burden_rate = self.burden_rate

        commission_rate = self.commission_rate

        created_on = self.created_on.isoformat()

        daily_goal = self.daily_goal

        hourly_rate = self.hourly_rate

        id = self.id

        is_managed_tech = self.is_managed_tech

        modified_on = self.modified_on.isoformat()

        name = self.name

        sold_by_rate = self.sold_by_rate

        status = self.status.value

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

        appoitment_id: int | None | Unset
        if isinstance(self.appoitment_id, Unset):
            appoitment_id = UNSET
        else:
            appoitment_id = self.appoitment_id

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        current_value: float | None | Unset
        if isinstance(self.current_value, Unset):
            current_value = UNSET
        else:
            current_value = self.current_value

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
        elif isinstance(self.home, TenantSettingsV2TechnicianAddressResponse):
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

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        license_type: None | str | Unset
        if isinstance(self.license_type, Unset):
            license_type = UNSET
        elif isinstance(self.license_type, TenantSettingsV2LicenseType):
            license_type = self.license_type.value
        else:
            license_type = self.license_type

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, TenantSettingsV2TechnicianLocationResponse):
            location = self.location.to_dict()
        else:
            location = self.location

        login_name: None | str | Unset
        if isinstance(self.login_name, Unset):
            login_name = UNSET
        else:
            login_name = self.login_name

        main_zone_id: int | None | Unset
        if isinstance(self.main_zone_id, Unset):
            main_zone_id = UNSET
        else:
            main_zone_id = self.main_zone_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        mobile_phone: None | str | Unset
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        outbound_caller_id: None | str | Unset
        if isinstance(self.outbound_caller_id, Unset):
            outbound_caller_id = UNSET
        else:
            outbound_caller_id = self.outbound_caller_id

        payroll_id: None | str | Unset
        if isinstance(self.payroll_id, Unset):
            payroll_id = UNSET
        else:
            payroll_id = self.payroll_id

        payroll_profile_id: int | None | Unset
        if isinstance(self.payroll_profile_id, Unset):
            payroll_profile_id = UNSET
        else:
            payroll_profile_id = self.payroll_profile_id

        permissions: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item: dict[str, Any] | None
                if isinstance(
                    permissions_type_0_item_data,
                    TenantSettingsV2TechnicianPermissionResponse,
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

        positions: list[str] | None | Unset
        if isinstance(self.positions, Unset):
            positions = UNSET
        elif isinstance(self.positions, list):
            positions = []
            for positions_type_0_item_data in self.positions:
                positions_type_0_item = positions_type_0_item_data.value
                positions.append(positions_type_0_item)

        else:
            positions = self.positions

        role_ids: list[int] | None | Unset
        if isinstance(self.role_ids, Unset):
            role_ids = UNSET
        elif isinstance(self.role_ids, list):
            role_ids = self.role_ids

        else:
            role_ids = self.role_ids

        shift_end: None | str | Unset
        if isinstance(self.shift_end, Unset):
            shift_end = UNSET
        else:
            shift_end = self.shift_end

        shift_start: None | str | Unset
        if isinstance(self.shift_start, Unset):
            shift_start = UNSET
        else:
            shift_start = self.shift_start

        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)

        else:
            skills = self.skills

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        zone_ids: list[int] | None | Unset
        if isinstance(self.zone_ids, Unset):
            zone_ids = UNSET
        elif isinstance(self.zone_ids, list):
            zone_ids = self.zone_ids

        else:
            zone_ids = self.zone_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "burdenRate": burden_rate,
                "commissionRate": commission_rate,
                "createdOn": created_on,
                "dailyGoal": daily_goal,
                "hourlyRate": hourly_rate,
                "id": id,
                "isManagedTech": is_managed_tech,
                "modifiedOn": modified_on,
                "name": name,
                "soldByRate": sold_by_rate,
                "status": status,
                "userId": user_id,
            }
        )
        if aad_user_id is not UNSET:
            field_dict["aadUserId"] = aad_user_id
        if account_locked is not UNSET:
            field_dict["accountLocked"] = account_locked
        if appoitment_id is not UNSET:
            field_dict["appoitmentId"] = appoitment_id
        if bio is not UNSET:
            field_dict["bio"] = bio
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if current_value is not UNSET:
            field_dict["currentValue"] = current_value
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if home is not UNSET:
            field_dict["home"] = home
        if job_filter is not UNSET:
            field_dict["jobFilter"] = job_filter
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if license_type is not UNSET:
            field_dict["licenseType"] = license_type
        if location is not UNSET:
            field_dict["location"] = location
        if login_name is not UNSET:
            field_dict["loginName"] = login_name
        if main_zone_id is not UNSET:
            field_dict["mainZoneId"] = main_zone_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if mobile_phone is not UNSET:
            field_dict["mobilePhone"] = mobile_phone
        if outbound_caller_id is not UNSET:
            field_dict["outboundCallerId"] = outbound_caller_id
        if payroll_id is not UNSET:
            field_dict["payrollId"] = payroll_id
        if payroll_profile_id is not UNSET:
            field_dict["payrollProfileId"] = payroll_profile_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if positions is not UNSET:
            field_dict["positions"] = positions
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if shift_end is not UNSET:
            field_dict["shiftEnd"] = shift_end
        if shift_start is not UNSET:
            field_dict["shiftStart"] = shift_start
        if skills is not UNSET:
            field_dict["skills"] = skills
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if team is not UNSET:
            field_dict["team"] = team
        if zone_ids is not UNSET:
            field_dict["zoneIds"] = zone_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        burden_rate = d.pop("burdenRate")

        commission_rate = d.pop("commissionRate")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        daily_goal = d.pop("dailyGoal")

        hourly_rate = d.pop("hourlyRate")

        id = d.pop("id")

        is_managed_tech = d.pop("isManagedTech")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        sold_by_rate = d.pop("soldByRate")

        status = TenantSettingsV2TechnicianStatus(d.pop("status"))

        user_id = d.pop("userId")

        aad_user_id = d.pop("aadUserId", UNSET)

        account_locked = d.pop("accountLocked", UNSET)

        appoitment_id = d.pop("appoitmentId", UNSET)

        bio = d.pop("bio", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        current_value = d.pop("currentValue", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.TenantSettingsV2TechnicianCustomFieldResponse.from_dict(
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
            home_type_0 = _models.TenantSettingsV2TechnicianAddressResponse.from_dict(
                home
            )

            home = home_type_0

        job_filter = d.pop("jobFilter", UNSET)
        if job_filter is not None and not isinstance(job_filter, Unset):
            if not isinstance(job_filter, str):
                raise TypeError()
            job_filter_type_0 = TenantSettingsV2JobFilter(job_filter)

            job_filter = job_filter_type_0

        job_id = d.pop("jobId", UNSET)

        last_name = d.pop("lastName", UNSET)

        license_type = d.pop("licenseType", UNSET)
        if license_type is not None and not isinstance(license_type, Unset):
            if not isinstance(license_type, str):
                raise TypeError()
            license_type_type_0 = TenantSettingsV2LicenseType(license_type)

            license_type = license_type_type_0

        location = d.pop("location", UNSET)
        if location is not None and not isinstance(location, Unset):
            if not isinstance(location, dict):
                raise TypeError()
            location_type_0 = (
                _models.TenantSettingsV2TechnicianLocationResponse.from_dict(location)
            )

            location = location_type_0

        login_name = d.pop("loginName", UNSET)

        main_zone_id = d.pop("mainZoneId", UNSET)

        memo = d.pop("memo", UNSET)

        mobile_phone = d.pop("mobilePhone", UNSET)

        outbound_caller_id = d.pop("outboundCallerId", UNSET)

        payroll_id = d.pop("payrollId", UNSET)

        payroll_profile_id = d.pop("payrollProfileId", UNSET)

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
                        _models.TenantSettingsV2TechnicianPermissionResponse.from_dict(
                            permissions_type_0_item
                        )
                    )

                    permissions_type_0_item = permissions_type_0_item_type_0

                permissions_type_0.append(permissions_type_0_item)

            permissions = permissions_type_0

        phone_number = d.pop("phoneNumber", UNSET)

        positions = d.pop("positions", UNSET)
        if positions is not None and not isinstance(positions, Unset):
            if not isinstance(positions, list):
                raise TypeError()
            positions_type_0 = [
                TenantSettingsV2TechnicianPosition(positions_type_0_item_data)
                for positions_type_0_item_data in positions
            ]

            positions = positions_type_0

        role_ids = d.pop("roleIds", UNSET)
        if role_ids is not None and not isinstance(role_ids, Unset):
            if not isinstance(role_ids, list):
                raise TypeError()
            role_ids_type_0 = role_ids

            role_ids = role_ids_type_0

        shift_end = d.pop("shiftEnd", UNSET)

        shift_start = d.pop("shiftStart", UNSET)

        skills = d.pop("skills", UNSET)
        if skills is not None and not isinstance(skills, Unset):
            if not isinstance(skills, list):
                raise TypeError()
            skills_type_0 = [
                _models.TenantSettingsV2TechnicianSkillResponse.from_dict(
                    skills_type_0_item_data
                )
                for skills_type_0_item_data in skills
            ]

            skills = skills_type_0

        start_date = d.pop("startDate", UNSET)
        if start_date is not None and not isinstance(start_date, Unset):
            if not isinstance(start_date, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(start_date)

            start_date = start_date_type_0

        team = d.pop("team", UNSET)

        zone_ids = d.pop("zoneIds", UNSET)
        if zone_ids is not None and not isinstance(zone_ids, Unset):
            if not isinstance(zone_ids, list):
                raise TypeError()
            zone_ids_type_0 = zone_ids

            zone_ids = zone_ids_type_0

        tenant_settings_v2_export_technician_response = cls(
            active,
            burden_rate,
            commission_rate,
            created_on,
            daily_goal,
            hourly_rate,
            id,
            is_managed_tech,
            modified_on,
            name,
            sold_by_rate,
            status,
            user_id,
            aad_user_id,
            account_locked,
            appoitment_id,
            bio,
            business_unit_id,
            current_value,
            custom_fields,
            email,
            first_name,
            home,
            job_filter,
            job_id,
            last_name,
            license_type,
            location,
            login_name,
            main_zone_id,
            memo,
            mobile_phone,
            outbound_caller_id,
            payroll_id,
            payroll_profile_id,
            permissions,
            phone_number,
            positions,
            role_ids,
            shift_end,
            shift_start,
            skills,
            start_date,
            team,
            zone_ids,
        )

        tenant_settings_v2_export_technician_response.additional_properties = dict(d)
        return tenant_settings_v2_export_technician_response

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
