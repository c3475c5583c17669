from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2InvoiceReviewStatus(StrEnum):
    INVOICED = "Invoiced"
    NEEDSREVIEW = "NeedsReview"
    ONHOLD = "OnHold"
    PENDINGAPPROVAL = "PendingApproval"
    READYFORBILLING = "ReadyForBilling"
    REJECTED = "Rejected"
    REVIEWED = "Reviewed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2InvoiceReviewStatus | None":
        return unknown_member(cls, value)
