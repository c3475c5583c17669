from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.accounting_v2_custom_field_pair_request import (
        AccountingV2CustomFieldPairRequest,
    )


T = TypeVar("T", bound="AccountingV2CustomFieldOperationRequest")


@_attrs_define
class AccountingV2CustomFieldOperationRequest:
    """
    Attributes:
        custom_fields (list[AccountingV2CustomFieldPairRequest]):
        object_id (int):
    """

    custom_fields: list[AccountingV2CustomFieldPairRequest]
    object_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "customFields",
        "objectId",
    )

    def to_dict(self) -> dict[str, Any]:
        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        object_id = self.object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFields": custom_fields,
                "objectId": object_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_fields = [
            _models.AccountingV2CustomFieldPairRequest.from_dict(
                custom_fields_item_data
            )
            for custom_fields_item_data in d.pop("customFields")
        ]

        object_id = d.pop("objectId")

        accounting_v2_custom_field_operation_request = cls(
            custom_fields,
            object_id,
        )

        accounting_v2_custom_field_operation_request.additional_properties = dict(d)
        return accounting_v2_custom_field_operation_request

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
