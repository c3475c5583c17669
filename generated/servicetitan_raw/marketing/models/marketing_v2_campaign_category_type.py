from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MarketingV2CampaignCategoryType(StrEnum):
    GOOGLEHOMESERVICES = "GoogleHomeServices"
    REGULAR = "Regular"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MarketingV2CampaignCategoryType | None":
        return unknown_member(cls, value)
