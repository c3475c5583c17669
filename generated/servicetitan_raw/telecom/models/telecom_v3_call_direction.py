from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TelecomV3CallDirection(StrEnum):
    INBOUND = "Inbound"
    OUTBOUND = "Outbound"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TelecomV3CallDirection | None":
        return unknown_member(cls, value)
