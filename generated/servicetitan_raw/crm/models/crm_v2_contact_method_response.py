from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crm_v2_contact_type import CrmV2ContactType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2ContactMethodResponse")


@_attrs_define
class CrmV2ContactMethodResponse:
    """
    Attributes:
        contact_id (str):
        created_by (int):
        created_on (datetime.datetime):
        id (str):
        modified_by (int):
        modified_on (datetime.datetime):
        type_ (CrmV2ContactType):
        value (str):
        memo (None | str | Unset):
        reference_id (None | str | Unset):
    """

    contact_id: str
    created_by: int
    created_on: datetime.datetime
    id: str
    modified_by: int
    modified_on: datetime.datetime
    type_: CrmV2ContactType
    value: str
    memo: None | str | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "contactId",
        "createdBy",
        "createdOn",
        "id",
        "modifiedBy",
        "modifiedOn",
        "type",
        "value",
        "memo",
        "referenceId",
    )

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        created_by = self.created_by

        created_on = self.created_on.isoformat()

        id = self.id

        modified_by = self.modified_by

        modified_on = self.modified_on.isoformat()

        type_ = self.type_.value

        value = self.value

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactId": contact_id,
                "createdBy": created_by,
                "createdOn": created_on,
                "id": id,
                "modifiedBy": modified_by,
                "modifiedOn": modified_on,
                "type": type_,
                "value": value,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id = d.pop("contactId")

        created_by = d.pop("createdBy")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_by = d.pop("modifiedBy")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        type_ = CrmV2ContactType(d.pop("type"))

        value = d.pop("value")

        memo = d.pop("memo", UNSET)

        reference_id = d.pop("referenceId", UNSET)

        crm_v2_contact_method_response = cls(
            contact_id,
            created_by,
            created_on,
            id,
            modified_by,
            modified_on,
            type_,
            value,
            memo,
            reference_id,
        )

        crm_v2_contact_method_response.additional_properties = dict(d)
        return crm_v2_contact_method_response

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
