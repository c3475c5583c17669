from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2InventoryBillSyncStatus(StrEnum):
    EXPORTED = "Exported"
    PENDING = "Pending"
    POSTED = "Posted"
    POSTEDANDEXPORTED = "PostedAndExported"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2InventoryBillSyncStatus | None":
        return unknown_member(cls, value)
