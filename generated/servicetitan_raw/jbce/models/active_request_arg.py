from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class ActiveRequestArg(StrEnum):
    ANY = "Any"
    FALSE = "False"
    TRUE = "True"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ActiveRequestArg | None":
        return unknown_member(cls, value)
