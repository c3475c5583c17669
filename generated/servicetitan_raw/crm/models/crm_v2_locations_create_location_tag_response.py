from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CrmV2LocationsCreateLocationTagResponse")


@_attrs_define
class CrmV2LocationsCreateLocationTagResponse:
    """
    Attributes:
        location_id (int):
        tag_type_ids (list[int]):
    """

    location_id: int
    tag_type_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "locationId": location_id,
                "tagTypeIds": tag_type_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        location_id = d.pop("locationId")

        tag_type_ids = cast(list[int], d.pop("tagTypeIds"))

        crm_v2_locations_create_location_tag_response = cls(
            location_id=location_id,
            tag_type_ids=tag_type_ids,
        )

        return crm_v2_locations_create_location_tag_response
