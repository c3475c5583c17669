from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.equipment_systems_v2_attachment_asset_type import (
    EquipmentSystemsV2AttachmentAssetType,
)

T = TypeVar("T", bound="EquipmentSystemsV2FindingAttachmentModel")


@_attrs_define
class EquipmentSystemsV2FindingAttachmentModel:
    """Attachment associated with a finding

    Attributes:
        file_name (str): Original file name
        id (int): Unique identifier for the attachment
        type_ (EquipmentSystemsV2AttachmentAssetType): Types of media files that can be attached
        url (str): URL to access or download the file
    """

    file_name: str
    id: int
    type_: EquipmentSystemsV2AttachmentAssetType
    url: str

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        id = self.id

        type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fileName": file_name,
                "id": id,
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_name = d.pop("fileName")

        id = d.pop("id")

        type_ = EquipmentSystemsV2AttachmentAssetType(d.pop("type"))

        url = d.pop("url")

        equipment_systems_v2_finding_attachment_model = cls(
            file_name=file_name,
            id=id,
            type_=type_,
            url=url,
        )

        return equipment_systems_v2_finding_attachment_model
