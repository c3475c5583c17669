from enum import IntEnum
from typing import Any

from ..._enums import unknown_member


class ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel(
    IntEnum
):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4
    VALUE_5 = 5
    VALUE_6 = 6

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel | None":
        return unknown_member(cls, value)
