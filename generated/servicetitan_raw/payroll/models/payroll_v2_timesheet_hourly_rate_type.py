from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PayrollV2TimesheetHourlyRateType(StrEnum):
    CUSTOMHOURLYRATE = "CustomHourlyRate"
    EMPLOYEEHOURLYRATE = "EmployeeHourlyRate"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PayrollV2TimesheetHourlyRateType | None":
        return unknown_member(cls, value)
