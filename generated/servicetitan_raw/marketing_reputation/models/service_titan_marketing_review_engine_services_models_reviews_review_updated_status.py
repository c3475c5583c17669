from enum import IntEnum
from typing import Any

from ..._enums import unknown_member


class ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus(
    IntEnum
):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus | None":
        return unknown_member(cls, value)
