from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PricebookV2PriceModifierAmountType(StrEnum):
    FIXED = "Fixed"
    PERCENTAGE = "Percentage"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PricebookV2PriceModifierAmountType | None":
        return unknown_member(cls, value)
