from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forms_client_contracts_owner_type import FormsClientContractsOwnerType

T = TypeVar("T", bound="FormsContractsFormSubmissionsFormOwner")


@_attrs_define
class FormsContractsFormSubmissionsFormOwner:
    """
    Attributes:
        id (int):
        type_ (FormsClientContractsOwnerType):
    """

    id: int
    type_: FormsClientContractsOwnerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = FormsClientContractsOwnerType(d.pop("type"))

        forms_contracts_form_submissions_form_owner = cls(
            id,
            type_,
        )

        forms_contracts_form_submissions_form_owner.additional_properties = dict(d)
        return forms_contracts_form_submissions_form_owner

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
