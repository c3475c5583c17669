from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class PricebookV2SkuAssetType(StrEnum):
    ATTACHMENT = "Attachment"
    IMAGE = "Image"
    OTHER = "Other"
    VIDEO = "Video"
    VIDEOFILE = "VideoFile"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PricebookV2SkuAssetType | None":
        return unknown_member(cls, value)
