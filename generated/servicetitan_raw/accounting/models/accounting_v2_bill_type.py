from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2BillType(StrEnum):
    APBILL = "ApBill"
    NOTSET = "NotSet"
    PROCUREMENT = "Procurement"
    RECURRINGBILL = "RecurringBill"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2BillType | None":
        return unknown_member(cls, value)
