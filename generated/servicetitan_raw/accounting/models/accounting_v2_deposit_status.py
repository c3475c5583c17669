from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2DepositStatus(StrEnum):
    DEPOSITED = "Deposited"
    OPEN = "Open"
    UNDEFINED = "Undefined"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2DepositStatus | None":
        return unknown_member(cls, value)
