from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class EstimatesTypesEstimateStatus(StrEnum):
    DISMISSED = "Dismissed"
    OPEN = "Open"
    SOLD = "Sold"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "EstimatesTypesEstimateStatus | None":
        return unknown_member(cls, value)
