from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2LicenseType(StrEnum):
    MANAGEDINSTALLER = "ManagedInstaller"
    MANAGEDTECH = "ManagedTech"
    NONMANAGEDTECH = "NonManagedTech"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2LicenseType | None":
        return unknown_member(cls, value)
