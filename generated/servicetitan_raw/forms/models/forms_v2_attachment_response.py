from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FormsV2AttachmentResponse")


@_attrs_define
class FormsV2AttachmentResponse:
    """
    Attributes:
        file_name (str): Original filename
    """

    file_name: str

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fileName": file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_name = d.pop("fileName")

        forms_v2_attachment_response = cls(
            file_name=file_name,
        )

        return forms_v2_attachment_response
