from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AccountingV2UpdateInvoiceTaskResponse")


@_attrs_define
class AccountingV2UpdateInvoiceTaskResponse:
    """
    Attributes:
        task_id (str):
    """

    task_id: str

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "taskId": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_id = d.pop("taskId")

        accounting_v2_update_invoice_task_response = cls(
            task_id=task_id,
        )

        return accounting_v2_update_invoice_task_response
