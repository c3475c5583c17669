from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "operations": operations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.accounting_v2_custom_field_operation_request import (
            AccountingV2CustomFieldOperationRequest,
        )

        d = dict(src_dict)
        operations = []
        _operations = d.pop("operations")
        for operations_item_data in _operations:
            operations_item = AccountingV2CustomFieldOperationRequest.from_dict(
                operations_item_data
            )

            operations.append(operations_item)

        accounting_v2_custom_field_update_request = cls(
            operations=operations,
        )

        return accounting_v2_custom_field_update_request
