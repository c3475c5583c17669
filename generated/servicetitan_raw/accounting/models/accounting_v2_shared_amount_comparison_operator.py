from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2SharedAmountComparisonOperator(StrEnum):
    EQUAL = "Equal"
    GREATERTHAN = "GreaterThan"
    GREATERTHANOREQUAL = "GreaterThanOrEqual"
    LESSTHAN = "LessThan"
    LESSTHANOREQUAL = "LessThanOrEqual"
    NOTEQUAL = "NotEqual"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "AccountingV2SharedAmountComparisonOperator | None":
        return unknown_member(cls, value)
