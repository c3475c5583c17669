from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.accounting_v2_custom_field_operation_request import (
        AccountingV2CustomFieldOperationRequest,
    )


T = TypeVar("T", bound="AccountingV2CustomFieldUpdateRequest")


@_attrs_define
class AccountingV2CustomFieldUpdateRequest:
    """
    Attributes:
        operations (list[AccountingV2CustomFieldOperationRequest]):
    """

    operations: list[AccountingV2CustomFieldOperationRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("operations",)

    def to_dict(self) -> dict[str, Any]:
        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operations": operations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        operations = [
            _models.AccountingV2CustomFieldOperationRequest.from_dict(
                operations_item_data
            )
            for operations_item_data in d.pop("operations")
        ]

        accounting_v2_custom_field_update_request = cls(
            operations,
        )

        accounting_v2_custom_field_update_request.additional_properties = dict(d)
        return accounting_v2_custom_field_update_request

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
