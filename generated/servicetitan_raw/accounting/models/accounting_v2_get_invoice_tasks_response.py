from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_invoice_task_relation_response import (
        AccountingV2InvoiceTaskRelationResponse,
    )


T = TypeVar("T", bound="AccountingV2GetInvoiceTasksResponse")


@_attrs_define
class AccountingV2GetInvoiceTasksResponse:
    """
    Attributes:
        relations (list[AccountingV2InvoiceTaskRelationResponse]):
        task_id (str):
        assignee_id (None | str | Unset):
        description (None | str | Unset):
        due_date (datetime.datetime | None | Unset):
        name (None | str | Unset):
        reason (None | str | Unset):
        status (None | str | Unset):
        template_id (None | str | Unset):
        type_ (None | str | Unset):
    """

    relations: list[AccountingV2InvoiceTaskRelationResponse]
    task_id: str
    assignee_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "relations",
        "taskId",
        "assigneeId",
        "description",
        "dueDate",
        "name",
        "reason",
        "status",
        "templateId",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        relations = []
        for relations_item_data in self.relations:
            relations_item = relations_item_data.to_dict()
            relations.append(relations_item)

        task_id = self.task_id

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relations": relations,
                "taskId": task_id,
            }
        )
        if assignee_id is not UNSET:
            field_dict["assigneeId"] = assignee_id
        if description is not UNSET:
            field_dict["description"] = description
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if name is not UNSET:
            field_dict["name"] = name
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        relations = [
            _models.AccountingV2InvoiceTaskRelationResponse.from_dict(
                relations_item_data
            )
            for relations_item_data in d.pop("relations")
        ]

        task_id = d.pop("taskId")

        assignee_id = d.pop("assigneeId", UNSET)

        description = d.pop("description", UNSET)

        due_date = d.pop("dueDate", UNSET)
        if due_date is not None and not isinstance(due_date, Unset):
            if not isinstance(due_date, str):
                raise TypeError()
            due_date_type_0 = datetime.datetime.fromisoformat(due_date)

            due_date = due_date_type_0

        name = d.pop("name", UNSET)

        reason = d.pop("reason", UNSET)

        status = d.pop("status", UNSET)

        template_id = d.pop("templateId", UNSET)

        type_ = d.pop("type", UNSET)

        accounting_v2_get_invoice_tasks_response = cls(
            relations,
            task_id,
            assignee_id,
            description,
            due_date,
            name,
            reason,
            status,
            template_id,
            type_,
        )

        accounting_v2_get_invoice_tasks_response.additional_properties = dict(d)
        return accounting_v2_get_invoice_tasks_response

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
