from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class MembershipsV2SkuType(StrEnum):
    EQUIPMENT = "Equipment"
    MATERIAL = "Material"
    PRICEMODIFIER = "PriceModifier"
    SERVICE = "Service"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MembershipsV2SkuType | None":
        return unknown_member(cls, value)
