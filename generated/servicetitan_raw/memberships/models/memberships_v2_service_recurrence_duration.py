from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2ServiceRecurrenceDuration(StrEnum):
    CONTINUOUS = "Continuous"
    NUMBEROFVISITS = "NumberOfVisits"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2ServiceRecurrenceDuration | None":
        return unknown_member(cls, value)
