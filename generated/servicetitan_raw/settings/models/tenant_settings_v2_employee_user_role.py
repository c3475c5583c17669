from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2EmployeeUserRole(StrEnum):
    ACCOUNTING = "Accounting"
    ADMIN = "Admin"
    CSR = "CSR"
    DISPATCH = "Dispatch"
    DISPLAYUSER = "DisplayUser"
    DISPLAYUSERWITHBILLINGACCESS = "DisplayUserWithBillingAccess"
    EMPTYEMPLOYEE = "EmptyEmployee"
    EMPTYTECHNICIAN = "EmptyTechnician"
    FIELDMANAGER = "FieldManager"
    GENERALOFFICE = "GeneralOffice"
    OWNER = "Owner"
    SALESMANAGER = "SalesManager"
    TECHNICIAN = "Technician"
    TECHNICIANHELPER = "TechnicianHelper"
    TECHNICIANINSTALLER = "TechnicianInstaller"
    TECHNICIANMAINTENANCE = "TechnicianMaintenance"
    TECHNICIANSALES = "TechnicianSales"
    TECHNICIANSERVICE = "TechnicianService"
    UNSPECIFIED = "Unspecified"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2EmployeeUserRole | None":
        return unknown_member(cls, value)
