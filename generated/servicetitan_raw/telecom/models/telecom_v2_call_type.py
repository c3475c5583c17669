from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TelecomV2CallType(StrEnum):
    ABANDONED = "Abandoned"
    BOOKED = "Booked"
    EXCUSED = "Excused"
    NOTLEAD = "NotLead"
    UNBOOKED = "Unbooked"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TelecomV2CallType | None":
        return unknown_member(cls, value)
