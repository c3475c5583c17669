from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class ServiceAgreementsV2PricingStrategyType(StrEnum):
    PERVISITCOSTBASEDGROSSMARGINTARGET = "PerVisitCostBasedGrossMarginTarget"
    PERVISITCOSTBASEDMARKUPANDSURCHARGE = "PerVisitCostBasedMarkupAndSurcharge"
    PERVISITEVENDISTRIBUTIONGROSSMARGINTARGET = (
        "PerVisitEvenDistributionGrossMarginTarget"
    )
    PERVISITFLATPRICE = "PerVisitFlatPrice"
    TOTALAGREEMENTFLATPRICE = "TotalAgreementFlatPrice"
    TOTALAGREEMENTGROSSMARGINTARGET = "TotalAgreementGrossMarginTarget"
    TOTALAGREEMENTMARKUPANDSURCHARGE = "TotalAgreementMarkupAndSurcharge"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ServiceAgreementsV2PricingStrategyType | None":
        return unknown_member(cls, value)
