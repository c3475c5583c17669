from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class FormsV2StatusField(StrEnum):
    ANY = "Any"
    PUBLISHED = "Published"
    UNPUBLISHED = "Unpublished"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "FormsV2StatusField | None":
        return unknown_member(cls, value)
