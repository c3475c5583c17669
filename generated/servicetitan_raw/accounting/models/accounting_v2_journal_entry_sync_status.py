from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2JournalEntrySyncStatus(StrEnum):
    ERROR = "Error"
    EXCLUDED = "Excluded"
    INPROGRESS = "InProgress"
    NOTSYNCED = "NotSynced"
    OUTOFSYNC = "OutOfSync"
    SYNCED = "Synced"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2JournalEntrySyncStatus | None":
        return unknown_member(cls, value)
