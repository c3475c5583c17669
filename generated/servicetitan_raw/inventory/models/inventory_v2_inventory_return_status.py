from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class InventoryV2InventoryReturnStatus(StrEnum):
    CANCELED = "Canceled"
    CREDITRECEIVED = "CreditReceived"
    PENDING = "Pending"
    RETURNED = "Returned"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "InventoryV2InventoryReturnStatus | None":
        return unknown_member(cls, value)
