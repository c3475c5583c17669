from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.forms_client_contracts_form_attachment import (
        FormsClientContractsFormAttachment,
    )


T = TypeVar("T", bound="FormsContractsFormSubmissionsDropdownFieldApiDto")


@_attrs_define
class FormsContractsFormSubmissionsDropdownFieldApiDto:
    """
    Attributes:
        attachments (list[FormsClientContractsFormAttachment]):
        comment (str):
        id (str):
        name (str):
        options (str):
        type_ (str):
        value (str):
    """

    attachments: list[FormsClientContractsFormAttachment]
    comment: str
    id: str
    name: str
    options: str
    type_: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "attachments",
        "comment",
        "id",
        "name",
        "options",
        "type",
        "value",
    )

    def to_dict(self) -> dict[str, Any]:
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        comment = self.comment

        id = self.id

        name = self.name

        options = self.options

        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachments": attachments,
                "comment": comment,
                "id": id,
                "name": name,
                "options": options,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attachments = [
            _models.FormsClientContractsFormAttachment.from_dict(attachments_item_data)
            for attachments_item_data in d.pop("attachments")
        ]

        comment = d.pop("comment")

        id = d.pop("id")

        name = d.pop("name")

        options = d.pop("options")

        type_ = d.pop("type")

        value = d.pop("value")

        forms_contracts_form_submissions_dropdown_field_api_dto = cls(
            attachments,
            comment,
            id,
            name,
            options,
            type_,
            value,
        )

        forms_contracts_form_submissions_dropdown_field_api_dto.additional_properties = dict(
            d
        )
        return forms_contracts_form_submissions_dropdown_field_api_dto

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
