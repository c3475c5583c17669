from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class InventoryV2PurchaseOrderRequestStatus(StrEnum):
    APPROVED = "Approved"
    PENDINGAPPROVAL = "PendingApproval"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "InventoryV2PurchaseOrderRequestStatus | None":
        return unknown_member(cls, value)
