from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2ApPaymentStatus(StrEnum):
    CANCELLED = "Cancelled"
    INITIATED = "Initiated"
    INTRANSIT = "InTransit"
    PAID = "Paid"
    PROCESSING = "Processing"
    READYFORAPPROVAL = "ReadyForApproval"
    REJECTED = "Rejected"
    UNPAID = "Unpaid"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2ApPaymentStatus | None":
        return unknown_member(cls, value)
