from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TelecomV2CallStatus(StrEnum):
    ANSWERED = "Answered"
    COMPLETED = "Completed"
    INITIATED = "Initiated"
    RINGING = "Ringing"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TelecomV2CallStatus | None":
        return unknown_member(cls, value)
