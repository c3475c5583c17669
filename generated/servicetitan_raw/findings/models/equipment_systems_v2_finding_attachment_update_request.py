from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.equipment_systems_v2_attachment_asset_type import (
    EquipmentSystemsV2AttachmentAssetType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EquipmentSystemsV2FindingAttachmentUpdateRequest")


@_attrs_define
class EquipmentSystemsV2FindingAttachmentUpdateRequest:
    """
    Attributes:
        file_name (str | Unset):
        type_ (EquipmentSystemsV2AttachmentAssetType | Unset):
        url (str | Unset):
    """

    file_name: str | Unset = UNSET
    type_: EquipmentSystemsV2AttachmentAssetType | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "fileName",
        "type",
        "url",
    )

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_name = d.pop("fileName", UNSET)

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, Unset):
            type_ = EquipmentSystemsV2AttachmentAssetType(type_)

        url = d.pop("url", UNSET)

        equipment_systems_v2_finding_attachment_update_request = cls(
            file_name,
            type_,
            url,
        )

        equipment_systems_v2_finding_attachment_update_request.additional_properties = (
            dict(d)
        )
        return equipment_systems_v2_finding_attachment_update_request

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
