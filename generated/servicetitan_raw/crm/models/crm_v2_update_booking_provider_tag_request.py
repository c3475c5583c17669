from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2UpdateBookingProviderTagRequest")


@_attrs_define
class CrmV2UpdateBookingProviderTagRequest:
    """
    Attributes:
        description (str | Unset): Description of tag
        tag_name (str | Unset): Name of tag
    """

    description: str | Unset = UNSET
    tag_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        tag_name = self.tag_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if tag_name is not UNSET:
            field_dict["tagName"] = tag_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        tag_name = d.pop("tagName", UNSET)

        crm_v2_update_booking_provider_tag_request = cls(
            description=description,
            tag_name=tag_name,
        )

        return crm_v2_update_booking_provider_tag_request
