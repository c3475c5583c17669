from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crm_v2_contact_type import CrmV2ContactType

T = TypeVar("T", bound="CrmV2BookingContactResponse")


@_attrs_define
class CrmV2BookingContactResponse:
    """
    Attributes:
        id (int):
        memo (str):
        modified_on (datetime.datetime):
        type_ (CrmV2ContactType):
        value (str):
    """

    id: int
    memo: str
    modified_on: datetime.datetime
    type_: CrmV2ContactType
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "memo",
        "modifiedOn",
        "type",
        "value",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        memo = self.memo

        modified_on = self.modified_on.isoformat()

        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "memo": memo,
                "modifiedOn": modified_on,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        memo = d.pop("memo")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        type_ = CrmV2ContactType(d.pop("type"))

        value = d.pop("value")

        crm_v2_booking_contact_response = cls(
            id,
            memo,
            modified_on,
            type_,
            value,
        )

        crm_v2_booking_contact_response.additional_properties = dict(d)
        return crm_v2_booking_contact_response

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
