from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class AccountingShareActiveStateFilterType(StrEnum):
    ACTIVEONLY = "ActiveOnly"
    ALL = "All"
    INACTIVEONLY = "InactiveOnly"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AccountingShareActiveStateFilterType | None":
        return unknown_member(cls, value)
