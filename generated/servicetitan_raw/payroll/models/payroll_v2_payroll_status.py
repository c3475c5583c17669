from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PayrollV2PayrollStatus(StrEnum):
    APPROVED = "Approved"
    EXPIRED = "Expired"
    LOCKED = "Locked"
    PAID = "Paid"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PayrollV2PayrollStatus | None":
        return unknown_member(cls, value)
