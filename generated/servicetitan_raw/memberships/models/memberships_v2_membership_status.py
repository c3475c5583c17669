from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2MembershipStatus(StrEnum):
    ACTIVE = "Active"
    CANCELED = "Canceled"
    DELETED = "Deleted"
    EXPIRED = "Expired"
    SUSPENDED = "Suspended"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2MembershipStatus | None":
        return unknown_member(cls, value)
