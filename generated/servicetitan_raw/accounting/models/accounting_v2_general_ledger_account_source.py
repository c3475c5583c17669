from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2GeneralLedgerAccountSource(StrEnum):
    ACCOUNTINGSYSTEM = "AccountingSystem"
    MANUALLYCREATED = "ManuallyCreated"
    PUBLICAPI = "PublicApi"
    UNDEFINED = "Undefined"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2GeneralLedgerAccountSource | None":
        return unknown_member(cls, value)
