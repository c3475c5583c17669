from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PricingRateSheetsServicesMarkupType(StrEnum):
    DISCOUNTPERCENT = "DiscountPercent"
    DOLLAR = "Dollar"
    FLATPRICE = "FlatPrice"
    MULTIPLIER = "Multiplier"
    PERCENT = "Percent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PricingRateSheetsServicesMarkupType | None":
        return unknown_member(cls, value)
