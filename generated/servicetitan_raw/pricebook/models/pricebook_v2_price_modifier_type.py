from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PricebookV2PriceModifierType(StrEnum):
    DISCOUNT = "Discount"
    FEE = "Fee"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PricebookV2PriceModifierType | None":
        return unknown_member(cls, value)
