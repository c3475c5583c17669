from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.forms_client_contracts_form_attachment import (
        FormsClientContractsFormAttachment,
    )


T = TypeVar("T", bound="FormsContractsFormSubmissionsPictureFieldApiDto")


@_attrs_define
class FormsContractsFormSubmissionsPictureFieldApiDto:
    """
    Attributes:
        attachments (list[FormsClientContractsFormAttachment]):
        comment (str):
        id (str):
        name (str):
        type_ (str):
    """

    attachments: list[FormsClientContractsFormAttachment]
    comment: str
    id: str
    name: str
    type_: str

    def to_dict(self) -> dict[str, Any]:
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        comment = self.comment

        id = self.id

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attachments": attachments,
                "comment": comment,
                "id": id,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.forms_client_contracts_form_attachment import (
            FormsClientContractsFormAttachment,
        )

        d = dict(src_dict)
        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = FormsClientContractsFormAttachment.from_dict(
                attachments_item_data
            )

            attachments.append(attachments_item)

        comment = d.pop("comment")

        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        forms_contracts_form_submissions_picture_field_api_dto = cls(
            attachments=attachments,
            comment=comment,
            id=id,
            name=name,
            type_=type_,
        )

        return forms_contracts_form_submissions_picture_field_api_dto
