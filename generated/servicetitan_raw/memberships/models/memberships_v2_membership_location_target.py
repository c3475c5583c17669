from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2MembershipLocationTarget(StrEnum):
    ALLLOCATIONS = "AllLocations"
    SINGLELOCATION = "SingleLocation"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2MembershipLocationTarget | None":
        return unknown_member(cls, value)
