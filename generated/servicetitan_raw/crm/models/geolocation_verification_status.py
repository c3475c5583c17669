from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class GeolocationVerificationStatus(StrEnum):
    FAILED = "Failed"
    INPROGRESS = "InProgress"
    UNVERIFIED = "Unverified"
    VERIFIED = "Verified"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GeolocationVerificationStatus | None":
        return unknown_member(cls, value)
