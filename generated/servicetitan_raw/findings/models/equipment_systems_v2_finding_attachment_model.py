from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.equipment_systems_v2_attachment_asset_type import (
    EquipmentSystemsV2AttachmentAssetType,
)

T = TypeVar("T", bound="EquipmentSystemsV2FindingAttachmentModel")


@_attrs_define
class EquipmentSystemsV2FindingAttachmentModel:
    """
    Attributes:
        file_name (str):
        id (int):
        type_ (EquipmentSystemsV2AttachmentAssetType):
        url (str):
    """

    file_name: str
    id: int
    type_: EquipmentSystemsV2AttachmentAssetType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "fileName",
        "id",
        "type",
        "url",
    )

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        id = self.id

        type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            file_name,
            id,
            type_,
            url,
        )

        equipment_systems_v2_finding_attachment_model.additional_properties = dict(d)
        return equipment_systems_v2_finding_attachment_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
