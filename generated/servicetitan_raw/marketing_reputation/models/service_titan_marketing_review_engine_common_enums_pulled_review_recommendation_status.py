from enum import IntEnum
from typing import Any

from ..._enums import unknown_member


class ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus(
    IntEnum
):
    VALUE_0 = 0
    VALUE_1 = 1

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus | None":
        return unknown_member(cls, value)
