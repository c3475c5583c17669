from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2AccountAction(StrEnum):
    ACTIVATE = "Activate"
    DEACTIVATE = "Deactivate"
    SENDINVITE = "SendInvite"
    SENDPASSWORDRESETLINK = "SendPasswordResetLink"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2AccountAction | None":
        return unknown_member(cls, value)
