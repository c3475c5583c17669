from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.accounting_v2_created_task_response import (
        AccountingV2CreatedTaskResponse,
    )
    from ..models.accounting_v2_template_execution_error_response import (
        AccountingV2TemplateExecutionErrorResponse,
    )


T = TypeVar("T", bound="AccountingV2CreateInvoiceTaskResponse")


@_attrs_define
class AccountingV2CreateInvoiceTaskResponse:
    """
    Attributes:
        errors (list[AccountingV2TemplateExecutionErrorResponse]):
        execution_id (str):
        status (str):
        tasks (list[AccountingV2CreatedTaskResponse]):
    """

    errors: list[AccountingV2TemplateExecutionErrorResponse]
    execution_id: str
    status: str
    tasks: list[AccountingV2CreatedTaskResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "errors",
        "executionId",
        "status",
        "tasks",
    )

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        execution_id = self.execution_id

        status = self.status

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "executionId": execution_id,
                "status": status,
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        errors = [
            _models.AccountingV2TemplateExecutionErrorResponse.from_dict(
                errors_item_data
            )
            for errors_item_data in d.pop("errors")
        ]

        execution_id = d.pop("executionId")

        status = d.pop("status")

        tasks = [
            _models.AccountingV2CreatedTaskResponse.from_dict(tasks_item_data)
            for tasks_item_data in d.pop("tasks")
        ]

        accounting_v2_create_invoice_task_response = cls(
            errors,
            execution_id,
            status,
            tasks,
        )

        accounting_v2_create_invoice_task_response.additional_properties = dict(d)
        return accounting_v2_create_invoice_task_response

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
