from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class FormsClientContractsStoplightValue(StrEnum):
    GREEN = "Green"
    RED = "Red"
    YELLOW = "Yellow"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "FormsClientContractsStoplightValue | None":
        return unknown_member(cls, value)
