from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PayrollV2TimesheetCodeType(StrEnum):
    CLOCKINOUT = "ClockInOut"
    PAID = "Paid"
    PAIDTIMEOFF = "PaidTimeOff"
    UNPAID = "Unpaid"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PayrollV2TimesheetCodeType | None":
        return unknown_member(cls, value)
