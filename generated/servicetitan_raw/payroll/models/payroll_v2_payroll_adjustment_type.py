from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PayrollV2PayrollAdjustmentType(StrEnum):
    ADDON = "AddOn"
    ADVANCE = "Advance"
    BONUSWOT = "BonusWOT"
    COMMISSIONBASED = "CommissionBased"
    DIRECT = "Direct"
    LABOR = "Labor"
    MONTHLYBONUS = "MonthlyBonus"
    SCHEDULED = "Scheduled"
    SOLDADVANCE = "SoldAdvance"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PayrollV2PayrollAdjustmentType | None":
        return unknown_member(cls, value)
