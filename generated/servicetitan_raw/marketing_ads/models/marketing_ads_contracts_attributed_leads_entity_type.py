from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MarketingAdsContractsAttributedLeadsEntityType(StrEnum):
    BOOKING = "Booking"
    CALL = "Call"
    LEAD = "Lead"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "MarketingAdsContractsAttributedLeadsEntityType | None":
        return unknown_member(cls, value)
