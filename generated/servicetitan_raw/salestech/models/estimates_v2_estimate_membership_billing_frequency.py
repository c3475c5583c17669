from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class EstimatesV2EstimateMembershipBillingFrequency(StrEnum):
    ANNUAL = "Annual"
    BIANNUAL = "BiAnnual"
    EVERYOTHERMONTH = "EveryOtherMonth"
    MONTHLY = "Monthly"
    ONETIME = "OneTime"
    QUARTERLY = "Quarterly"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "EstimatesV2EstimateMembershipBillingFrequency | None":
        return unknown_member(cls, value)
