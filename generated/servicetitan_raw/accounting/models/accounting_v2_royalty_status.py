from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2RoyaltyStatus(StrEnum):
    FAILED = "Failed"
    PENDING = "Pending"
    SENT = "Sent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2RoyaltyStatus | None":
        return unknown_member(cls, value)
