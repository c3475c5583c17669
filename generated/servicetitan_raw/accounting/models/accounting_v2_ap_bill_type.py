from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2ApBillType(StrEnum):
    APBILL = "ApBill"
    NOTSET = "NotSet"
    PROCUREMENT = "Procurement"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2ApBillType | None":
        return unknown_member(cls, value)
