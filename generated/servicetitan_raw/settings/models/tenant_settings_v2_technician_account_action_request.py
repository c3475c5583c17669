from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identity_user_management_technician_license_type import (
    IdentityUserManagementTechnicianLicenseType,
)
from ..models.tenant_settings_v2_account_action import TenantSettingsV2AccountAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantSettingsV2TechnicianAccountActionRequest")


@_attrs_define
class TenantSettingsV2TechnicianAccountActionRequest:
    """
    Attributes:
        action (TenantSettingsV2AccountAction):
        license_type (IdentityUserManagementTechnicianLicenseType | None | Unset):
        truck_id (int | None | Unset):
    """

    action: TenantSettingsV2AccountAction
    license_type: IdentityUserManagementTechnicianLicenseType | None | Unset = UNSET
    truck_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "action",
        "licenseType",
        "truckId",
    )

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        license_type: None | str | Unset
        if isinstance(self.license_type, Unset):
            license_type = UNSET
        elif isinstance(self.license_type, IdentityUserManagementTechnicianLicenseType):
            license_type = self.license_type.value
        else:
            license_type = self.license_type

        truck_id: int | None | Unset
        if isinstance(self.truck_id, Unset):
            truck_id = UNSET
        else:
            truck_id = self.truck_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if license_type is not UNSET:
            field_dict["licenseType"] = license_type
        if truck_id is not UNSET:
            field_dict["truckId"] = truck_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = TenantSettingsV2AccountAction(d.pop("action"))

        license_type = d.pop("licenseType", UNSET)
        if license_type is not None and not isinstance(license_type, Unset):
            if not isinstance(license_type, str):
                raise TypeError()
            license_type_type_0 = IdentityUserManagementTechnicianLicenseType(
                license_type
            )

            license_type = license_type_type_0

        truck_id = d.pop("truckId", UNSET)

        tenant_settings_v2_technician_account_action_request = cls(
            action,
            license_type,
            truck_id,
        )

        tenant_settings_v2_technician_account_action_request.additional_properties = (
            dict(d)
        )
        return tenant_settings_v2_technician_account_action_request

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
