from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2PaymentTypeResponse")


@_attrs_define
class AccountingV2PaymentTypeResponse:
    """
    Attributes:
        id (int):
        name (str):
        created_on (datetime.datetime | None | Unset):
        modified_on (datetime.datetime | None | Unset):
    """

    id: int
    name: str
    created_on: datetime.datetime | None | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "name",
        "createdOn",
        "modifiedOn",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        elif isinstance(self.modified_on, datetime.datetime):
            modified_on = self.modified_on.isoformat()
        else:
            modified_on = self.modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_on = d.pop("createdOn", UNSET)
        if created_on is not None and not isinstance(created_on, Unset):
            if not isinstance(created_on, str):
                raise TypeError()
            created_on_type_0 = datetime.datetime.fromisoformat(created_on)

            created_on = created_on_type_0

        modified_on = d.pop("modifiedOn", UNSET)
        if modified_on is not None and not isinstance(modified_on, Unset):
            if not isinstance(modified_on, str):
                raise TypeError()
            modified_on_type_0 = datetime.datetime.fromisoformat(modified_on)

            modified_on = modified_on_type_0

        accounting_v2_payment_type_response = cls(
            id,
            name,
            created_on,
            modified_on,
        )

        accounting_v2_payment_type_response.additional_properties = dict(d)
        return accounting_v2_payment_type_response

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
