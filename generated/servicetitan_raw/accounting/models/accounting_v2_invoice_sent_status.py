from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2InvoiceSentStatus(StrEnum):
    NOTSENT = "NotSent"
    OPENED = "Opened"
    SENT = "Sent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2InvoiceSentStatus | None":
        return unknown_member(cls, value)
