from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "locationId",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        tag_type_ids = d.pop("tagTypeIds")

        crm_v2_locations_create_location_tag_response = cls(
            location_id,
            tag_type_ids,
        )

        crm_v2_locations_create_location_tag_response.additional_properties = dict(d)
        return crm_v2_locations_create_location_tag_response

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
