from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

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
            id=id,
            type_=type_,
        )

        return forms_contracts_form_submissions_form_owner
