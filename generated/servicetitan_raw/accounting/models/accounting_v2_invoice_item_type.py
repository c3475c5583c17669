from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2InvoiceItemType(StrEnum):
    EQUIPMENT = "Equipment"
    MATERIAL = "Material"
    PRICEMODIFIER = "PriceModifier"
    SERVICE = "Service"
    UNSPECIFIED = "Unspecified"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2InvoiceItemType | None":
        return unknown_member(cls, value)
