from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class CrmCustomersCustomerType(StrEnum):
    COMMERCIAL = "Commercial"
    RESIDENTIAL = "Residential"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CrmCustomersCustomerType | None":
        return unknown_member(cls, value)
