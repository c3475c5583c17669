from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MarketingAdsContractsPerformanceStatus(StrEnum):
    LIVE = "Live"
    NONE = "None"
    STOPPED = "Stopped"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MarketingAdsContractsPerformanceStatus | None":
        return unknown_member(cls, value)
