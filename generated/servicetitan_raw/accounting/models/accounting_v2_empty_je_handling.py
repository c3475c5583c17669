from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingV2EmptyJeHandling(StrEnum):
    EXCLUDE = "Exclude"
    INCLUDE = "Include"
    INCLUDEEXCEPTNOTSYNCED = "IncludeExceptNotSynced"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingV2EmptyJeHandling | None":
        return unknown_member(cls, value)
