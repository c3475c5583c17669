from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2TransactionProcessingStatus(StrEnum):
    FAIL = "Fail"
    PENDING = "Pending"
    REJECTED = "Rejected"
    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2TransactionProcessingStatus | None":
        return unknown_member(cls, value)
