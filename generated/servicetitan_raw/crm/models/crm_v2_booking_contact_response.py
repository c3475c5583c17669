from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.crm_v2_contact_type import CrmV2ContactType

T = TypeVar("T", bound="CrmV2BookingContactResponse")


@_attrs_define
class CrmV2BookingContactResponse:
    """
    Attributes:
        id (int): Id of contact
        memo (str): Memo of contact
        modified_on (datetime.datetime): Date/time (in UTC) the contact was last modified
        type_ (CrmV2ContactType):
        value (str): Value of contact
    """

    id: int
    memo: str
    modified_on: datetime.datetime
    type_: CrmV2ContactType
    value: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        memo = self.memo

        modified_on = self.modified_on.isoformat()

        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}

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
            id=id,
            memo=memo,
            modified_on=modified_on,
            type_=type_,
            value=value,
        )

        return crm_v2_booking_contact_response
