from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2TechnicianPosition(StrEnum):
    DUMMYTECH = "DummyTech"
    HELPER = "Helper"
    INSTALLER = "Installer"
    INSTALLPRODUCTIONMANAGER = "InstallProductionManager"
    MAINTENANCE = "Maintenance"
    PARTRUNNER = "PartRunner"
    SALES = "Sales"
    SALESMANAGER = "SalesManager"
    SERVICE = "Service"
    SERVICEMANAGER = "ServiceManager"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2TechnicianPosition | None":
        return unknown_member(cls, value)
