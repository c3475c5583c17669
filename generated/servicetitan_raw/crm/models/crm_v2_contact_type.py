from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class CrmV2ContactType(StrEnum):
    EMAIL = "Email"
    FAX = "Fax"
    MOBILEPHONE = "MobilePhone"
    PHONE = "Phone"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CrmV2ContactType | None":
        return unknown_member(cls, value)
