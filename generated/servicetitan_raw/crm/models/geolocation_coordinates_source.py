from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class GeolocationCoordinatesSource(StrEnum):
    IMPORTED = "Imported"
    NONE = "None"
    SYSTEM = "System"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GeolocationCoordinatesSource | None":
        return unknown_member(cls, value)
