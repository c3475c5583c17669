from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class InventoryV2InventoryReasonTransactionCanceled(StrEnum):
    ACCIDENTAL = "Accidental"
    DUPLICATE = "Duplicate"
    JOBCANCELED = "JobCanceled"
    NOTREQUIRED = "NotRequired"
    NOTWARRANTY = "NotWarranty"
    OTHER = "Other"
    VENDORISSUE = "VendorIssue"
    WARRANTYREJECTED = "WarrantyRejected"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "InventoryV2InventoryReasonTransactionCanceled | None":
        return unknown_member(cls, value)
