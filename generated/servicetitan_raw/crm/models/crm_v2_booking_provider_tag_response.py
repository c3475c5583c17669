from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crm_v2_booking_agent_tag_type import CrmV2BookingAgentTagType

T = TypeVar("T", bound="CrmV2BookingProviderTagResponse")


@_attrs_define
class CrmV2BookingProviderTagResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        description (str):
        id (int):
        modified_on (datetime.datetime):
        tag_name (str):
        type_ (CrmV2BookingAgentTagType):
    """

    created_on: datetime.datetime
    description: str
    id: int
    modified_on: datetime.datetime
    tag_name: str
    type_: CrmV2BookingAgentTagType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "description",
        "id",
        "modifiedOn",
        "tagName",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        description = self.description

        id = self.id

        modified_on = self.modified_on.isoformat()

        tag_name = self.tag_name

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "description": description,
                "id": id,
                "modifiedOn": modified_on,
                "tagName": tag_name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        description = d.pop("description")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        tag_name = d.pop("tagName")

        type_ = CrmV2BookingAgentTagType(d.pop("type"))

        crm_v2_booking_provider_tag_response = cls(
            created_on,
            description,
            id,
            modified_on,
            tag_name,
            type_,
        )

        crm_v2_booking_provider_tag_response.additional_properties = dict(d)
        return crm_v2_booking_provider_tag_response

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
