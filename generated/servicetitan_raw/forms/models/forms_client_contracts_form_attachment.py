from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FormsClientContractsFormAttachment")


@_attrs_define
class FormsClientContractsFormAttachment:
    """
    Attributes:
        created_from (str):
        file_name (str):
        original_file_name (str):
        thumbnail (str):
    """

    created_from: str
    file_name: str
    original_file_name: str
    thumbnail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdFrom",
        "fileName",
        "originalFileName",
        "thumbnail",
    )

    def to_dict(self) -> dict[str, Any]:
        created_from = self.created_from

        file_name = self.file_name

        original_file_name = self.original_file_name

        thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdFrom": created_from,
                "fileName": file_name,
                "originalFileName": original_file_name,
                "thumbnail": thumbnail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_from = d.pop("createdFrom")

        file_name = d.pop("fileName")

        original_file_name = d.pop("originalFileName")

        thumbnail = d.pop("thumbnail")

        forms_client_contracts_form_attachment = cls(
            created_from,
            file_name,
            original_file_name,
            thumbnail,
        )

        forms_client_contracts_form_attachment.additional_properties = dict(d)
        return forms_client_contracts_form_attachment

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
