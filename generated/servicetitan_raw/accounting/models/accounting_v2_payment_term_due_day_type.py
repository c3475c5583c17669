from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2PaymentTermDueDayType(StrEnum):
    CERTAINDAYOFCURRENTMONTH = "CertainDayOfCurrentMonth"
    CERTAINDAYOFFOLLOWINGMONTH = "CertainDayOfFollowingMonth"
    NUMBEROFDAYS = "NumberOfDays"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2PaymentTermDueDayType | None":
        return unknown_member(cls, value)
