from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2DefaultSortingFields(StrEnum):
    CREATEDON = "CreatedOn"
    ID = "Id"
    MODIFIEDON = "ModifiedOn"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2DefaultSortingFields | None":
        return unknown_member(cls, value)
