from enum import IntEnum
from typing import Any

from ..._enums import unknown_member


class ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus(IntEnum):
    VALUE_0 = 0
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4
    VALUE_5 = 5

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus | None":
        return unknown_member(cls, value)
