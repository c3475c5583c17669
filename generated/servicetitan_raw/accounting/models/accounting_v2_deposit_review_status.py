from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2DepositReviewStatus(StrEnum):
    NEEDSREVIEW = "NeedsReview"
    REVIEWED = "Reviewed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2DepositReviewStatus | None":
        return unknown_member(cls, value)
