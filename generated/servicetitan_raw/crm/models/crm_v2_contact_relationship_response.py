from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CrmV2ContactRelationshipResponse")


@_attrs_define
class CrmV2ContactRelationshipResponse:
    """
    Attributes:
        created_by (int):
        created_on (datetime.datetime):
        id (str):
        related_entity_id (int):
        type_name (str):
        type_slug (str):
    """

    created_by: int
    created_on: datetime.datetime
    id: str
    related_entity_id: int
    type_name: str
    type_slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdBy",
        "createdOn",
        "id",
        "relatedEntityId",
        "typeName",
        "typeSlug",
    )

    def to_dict(self) -> dict[str, Any]:
        created_by = self.created_by

        created_on = self.created_on.isoformat()

        id = self.id

        related_entity_id = self.related_entity_id

        type_name = self.type_name

        type_slug = self.type_slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdBy": created_by,
                "createdOn": created_on,
                "id": id,
                "relatedEntityId": related_entity_id,
                "typeName": type_name,
                "typeSlug": type_slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_by = d.pop("createdBy")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        related_entity_id = d.pop("relatedEntityId")

        type_name = d.pop("typeName")

        type_slug = d.pop("typeSlug")

        crm_v2_contact_relationship_response = cls(
            created_by,
            created_on,
            id,
            related_entity_id,
            type_name,
            type_slug,
        )

        crm_v2_contact_relationship_response.additional_properties = dict(d)
        return crm_v2_contact_relationship_response

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
