from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CrmV2CreateBookingProviderTagRequest")


@_attrs_define
class CrmV2CreateBookingProviderTagRequest:
    """
    Attributes:
        description (str): Description of tag
        tag_name (str): Name of tag
    """

    description: str
    tag_name: str

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        tag_name = self.tag_name

        field_dict: dict[str, Any] = {}

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
            description=description,
            tag_name=tag_name,
        )

        return crm_v2_create_booking_provider_tag_request
