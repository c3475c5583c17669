from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TimesheetsV2Association(StrEnum):
    ALLOW = "Allow"
    DONOTALLOW = "DoNotAllow"
    REQUIRE = "Require"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TimesheetsV2Association | None":
        return unknown_member(cls, value)
