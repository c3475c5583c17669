from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class ServiceAgreementsV2BillingScheduleType(StrEnum):
    ANNUAL = "Annual"
    BIANNUAL = "Biannual"
    CUSTOM = "Custom"
    EVERYOTHERMONTH = "EveryOtherMonth"
    MONTHLY = "Monthly"
    QUARTERLY = "Quarterly"
    TIMEOFSERVICE = "TimeOfService"
    UPFRONT = "Upfront"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ServiceAgreementsV2BillingScheduleType | None":
        return unknown_member(cls, value)
