from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2ApBillSource(StrEnum):
    API = "API"
    OCR = "OCR"
    PURCHASING = "Purchasing"
    RECURRING = "Recurring"
    STANDALONE = "Standalone"
    UNDEFINED = "Undefined"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2ApBillSource | None":
        return unknown_member(cls, value)
