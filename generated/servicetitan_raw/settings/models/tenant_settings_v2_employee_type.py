from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2EmployeeType(StrEnum):
    EMPLOYEE = "Employee"
    TECHNICIAN = "Technician"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2EmployeeType | None":
        return unknown_member(cls, value)
