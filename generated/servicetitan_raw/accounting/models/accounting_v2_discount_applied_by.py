from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2DiscountAppliedBy(StrEnum):
    DAYOFFOLLOWINGMONTH = "DayOfFollowingMonth"
    DAYOFMONTH = "DayOfMonth"
    NUMBEROFDAYS = "NumberOfDays"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2DiscountAppliedBy | None":
        return unknown_member(cls, value)
