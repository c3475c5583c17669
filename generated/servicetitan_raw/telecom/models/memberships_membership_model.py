from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memberships_membership_type_model import (
        MembershipsMembershipTypeModel,
    )


T = TypeVar("T", bound="MembershipsMembershipModel")


@_attrs_define
class MembershipsMembershipModel:
    """
    Attributes:
        active (bool):
        id (int):
        location_id (int):
        status (str):
        type_ (MembershipsMembershipTypeModel):
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
    """

    active: bool
    id: int
    location_id: int
    status: str
    type_: MembershipsMembershipTypeModel
    from_: datetime.datetime | None | Unset = UNSET
    to: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "id",
        "locationId",
        "status",
        "type",
        "from",
        "to",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        location_id = self.location_id

        status = self.status

        type_ = self.type_.to_dict()

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.datetime):
            to = self.to.isoformat()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "id": id,
                "locationId": location_id,
                "status": status,
                "type": type_,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        id = d.pop("id")

        location_id = d.pop("locationId")

        status = d.pop("status")

        type_ = _models.MembershipsMembershipTypeModel.from_dict(d.pop("type"))

        from_ = d.pop("from", UNSET)
        if from_ is not None and not isinstance(from_, Unset):
            if not isinstance(from_, str):
                raise TypeError()
            from_type_0 = datetime.datetime.fromisoformat(from_)

            from_ = from_type_0

        to = d.pop("to", UNSET)
        if to is not None and not isinstance(to, Unset):
            if not isinstance(to, str):
                raise TypeError()
            to_type_0 = datetime.datetime.fromisoformat(to)

            to = to_type_0

        memberships_membership_model = cls(
            active,
            id,
            location_id,
            status,
            type_,
            from_,
            to,
        )

        memberships_membership_model.additional_properties = dict(d)
        return memberships_membership_model

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
