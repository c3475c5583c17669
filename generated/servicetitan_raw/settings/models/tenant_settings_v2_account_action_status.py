from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2AccountActionStatus(StrEnum):
    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2AccountActionStatus | None":
        return unknown_member(cls, value)
