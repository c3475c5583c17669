from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class FormsContractsFormSubmissionsSubmissionStatus(StrEnum):
    ANY = "Any"
    COMPLETED = "Completed"
    STARTED = "Started"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: Any
    ) -> "FormsContractsFormSubmissionsSubmissionStatus | None":
        return unknown_member(cls, value)
