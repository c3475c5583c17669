from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2SettlementStatus(StrEnum):
    NOTSETTLED = "NotSettled"
    SETTLED = "Settled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2SettlementStatus | None":
        return unknown_member(cls, value)
