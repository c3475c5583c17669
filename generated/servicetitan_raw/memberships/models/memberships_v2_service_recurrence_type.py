from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2ServiceRecurrenceType(StrEnum):
    DAILY = "Daily"
    MONTHLY = "Monthly"
    NTHWEEKDAYOFMONTH = "NthWeekdayOfMonth"
    SEASONAL = "Seasonal"
    WEEKLY = "Weekly"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2ServiceRecurrenceType | None":
        return unknown_member(cls, value)
