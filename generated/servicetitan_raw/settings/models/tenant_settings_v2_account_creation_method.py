from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class TenantSettingsV2AccountCreationMethod(StrEnum):
    ASSIGNLOGINANDPASSWORD = "AssignLoginAndPassword"
    CREATELATER = "CreateLater"
    SENDINVITE = "SendInvite"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TenantSettingsV2AccountCreationMethod | None":
        return unknown_member(cls, value)
