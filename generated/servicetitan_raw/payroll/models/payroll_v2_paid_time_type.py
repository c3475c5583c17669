from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PayrollV2PaidTimeType(StrEnum):
    DOUBLEOVERTIME = "DoubleOvertime"
    OVERTIME = "Overtime"
    PAIDTIMEOFF = "PaidTimeOff"
    REGULAR = "Regular"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PayrollV2PaidTimeType | None":
        return unknown_member(cls, value)
