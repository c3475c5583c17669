from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2BalanceComparer(StrEnum):
    EQUALS = "Equals"
    GREATER = "Greater"
    LESS = "Less"
    NOTEQUALS = "NotEquals"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2BalanceComparer | None":
        return unknown_member(cls, value)
