from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class IdentityUserManagementTechnicianLicenseType(StrEnum):
    MANAGEDINSTALLER = "ManagedInstaller"
    MANAGEDTECHNICIAN = "ManagedTechnician"
    NONMANAGEDTECHNICIAN = "NonManagedTechnician"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "IdentityUserManagementTechnicianLicenseType | None":
        return unknown_member(cls, value)
