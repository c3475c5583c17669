from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PricebookV2CategoryType(StrEnum):
    MATERIALS = "Materials"
    SERVICES = "Services"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PricebookV2CategoryType | None":
        return unknown_member(cls, value)
