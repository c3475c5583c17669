from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EquipmentSystemsV2FindingAssetUploadResponse")


@_attrs_define
class EquipmentSystemsV2FindingAssetUploadResponse:
    """Result of an asset file upload operation

    Attributes:
        path (str): File path returned from upload, used to reference this asset in finding operations
    """

    path: str

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        path = d.pop("path")

        equipment_systems_v2_finding_asset_upload_response = cls(
            path=path,
        )

        return equipment_systems_v2_finding_asset_upload_response
