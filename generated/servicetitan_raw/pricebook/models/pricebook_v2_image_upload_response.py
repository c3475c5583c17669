from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PricebookV2ImageUploadResponse")


@_attrs_define
class PricebookV2ImageUploadResponse:
    """
    Attributes:
        path (str): The storage path where the image was uploaded
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

        pricebook_v2_image_upload_response = cls(
            path=path,
        )

        return pricebook_v2_image_upload_response
