from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2MembershipRecurrenceType(StrEnum):
    ANNUAL = "Annual"
    BIANNUAL = "BiAnnual"
    EVERYOTHERMONTH = "EveryOtherMonth"
    MONTHLY = "Monthly"
    ONETIME = "OneTime"
    QUARTERLY = "Quarterly"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2MembershipRecurrenceType | None":
        return unknown_member(cls, value)
