from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TelecomCallType(StrEnum):
    ABANDONED = "Abandoned"
    BOOKED = "Booked"
    EXCUSED = "Excused"
    NOTLEAD = "NotLead"
    UNBOOKED = "Unbooked"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TelecomCallType | None":
        return unknown_member(cls, value)
