from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class InventoryV2ReceiptCancellationReason(StrEnum):
    ACCIDENTAL = "Accidental"
    DUPLICATE = "Duplicate"
    JOBCANCELED = "JobCanceled"
    NOTREQUIRED = "NotRequired"
    OTHER = "Other"
    VENDORISSUE = "VendorIssue"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "InventoryV2ReceiptCancellationReason | None":
        return unknown_member(cls, value)
