from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MarketingAdsClientLeadType(StrEnum):
    CALL = "Call"
    MANUALJOB = "ManualJob"
    WEBBOOKING = "WebBooking"
    WEBLEADFORM = "WebLeadForm"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MarketingAdsClientLeadType | None":
        return unknown_member(cls, value)
