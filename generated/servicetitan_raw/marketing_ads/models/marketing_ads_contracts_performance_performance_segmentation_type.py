from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MarketingAdsContractsPerformancePerformanceSegmentationType(StrEnum):
    ADGROUP = "AdGroup"
    CAMPAIGN = "Campaign"
    KEYWORD = "Keyword"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "MarketingAdsContractsPerformancePerformanceSegmentationType | None":
        return unknown_member(cls, value)
