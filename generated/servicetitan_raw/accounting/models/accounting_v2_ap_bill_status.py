from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2ApBillStatus(StrEnum):
    CANCELED = "Canceled"
    DISCREPANCY = "Discrepancy"
    RECONCILED = "Reconciled"
    UNRECONCILED = "Unreconciled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2ApBillStatus | None":
        return unknown_member(cls, value)
