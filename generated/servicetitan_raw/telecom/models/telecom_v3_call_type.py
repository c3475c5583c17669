from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TelecomV3CallType(StrEnum):
    ABANDONED = "Abandoned"
    BOOKED = "Booked"
    EXCUSED = "Excused"
    NOTLEAD = "NotLead"
    UNBOOKED = "Unbooked"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TelecomV3CallType | None":
        return unknown_member(cls, value)
