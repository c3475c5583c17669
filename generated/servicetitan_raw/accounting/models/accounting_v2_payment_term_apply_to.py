from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2PaymentTermApplyTo(StrEnum):
    APPLYTOREMAININGBALANCE = "ApplyToRemainingBalance"
    APPLYTOSUBTOTALAMOUNT = "ApplyToSubtotalAmount"
    APPLYTOTOTALAMOUNT = "ApplyToTotalAmount"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2PaymentTermApplyTo | None":
        return unknown_member(cls, value)
