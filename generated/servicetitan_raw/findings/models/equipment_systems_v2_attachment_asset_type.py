from enum import StrEnum
from typing import Any

from ..._enums import unknown_member


class EquipmentSystemsV2AttachmentAssetType(StrEnum):
    DOCUMENT = "Document"
    IMAGE = "Image"
    OTHER = "Other"
    VIDEOFILE = "VideoFile"
    VIDEOLINK = "VideoLink"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "EquipmentSystemsV2AttachmentAssetType | None":
        return unknown_member(cls, value)
