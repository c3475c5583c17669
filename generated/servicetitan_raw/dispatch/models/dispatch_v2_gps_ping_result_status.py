from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class DispatchV2GpsPingResultStatus(StrEnum):
    FAIL = "Fail"
    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DispatchV2GpsPingResultStatus | None":
        return unknown_member(cls, value)
