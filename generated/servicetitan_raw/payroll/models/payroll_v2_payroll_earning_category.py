from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PayrollV2PayrollEarningCategory(StrEnum):
    COMMISSION = "Commission"
    REIMBURSEMENT = "Reimbursement"
    TIMESHEET = "Timesheet"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PayrollV2PayrollEarningCategory | None":
        return unknown_member(cls, value)
