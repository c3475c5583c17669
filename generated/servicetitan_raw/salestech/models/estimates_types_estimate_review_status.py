from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class EstimatesTypesEstimateReviewStatus(StrEnum):
    APPROVED = "Approved"
    NEEDSAPPROVAL = "NeedsApproval"
    NONE = "None"
    NOTAPPROVED = "NotApproved"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "EstimatesTypesEstimateReviewStatus | None":
        return unknown_member(cls, value)
