from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CrmV2CreateBookingProviderTagRequest")


@_attrs_define
class CrmV2CreateBookingProviderTagRequest:
    """
    Attributes:
        description (str):
        tag_name (str):
    """

    description: str
    tag_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "description",
        "tagName",
    )

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        tag_name = self.tag_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "tagName": tag_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        tag_name = d.pop("tagName")

        crm_v2_create_booking_provider_tag_request = cls(
            description,
            tag_name,
        )

        crm_v2_create_booking_provider_tag_request.additional_properties = dict(d)
        return crm_v2_create_booking_provider_tag_request

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
