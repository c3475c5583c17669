from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2TaxBaseTypeNames(StrEnum):
    LABOR = "Labor"
    MATERIAL = "Material"
    SUBTOTAL = "Subtotal"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2TaxBaseTypeNames | None":
        return unknown_member(cls, value)
