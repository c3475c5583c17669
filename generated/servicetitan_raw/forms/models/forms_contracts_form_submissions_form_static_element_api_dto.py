from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FormsContractsFormSubmissionsFormStaticElementApiDto")


@_attrs_define
class FormsContractsFormSubmissionsFormStaticElementApiDto:
    """
    Attributes:
        id (str):
        name (str):
        type_ (str):
    """

    id: str
    name: str
    type_: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        forms_contracts_form_submissions_form_static_element_api_dto = cls(
            id=id,
            name=name,
            type_=type_,
        )

        return forms_contracts_form_submissions_form_static_element_api_dto
