from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2UpdateInvoiceTaskRequest")


@_attrs_define
class AccountingV2UpdateInvoiceTaskRequest:
    """
    Attributes:
        assignee_id (None | str | Unset):
        description (None | str | Unset):
        due_date (datetime.datetime | None | Unset):
        name (None | str | Unset):
        status (None | str | Unset):
    """

    assignee_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "assigneeId",
        "description",
        "dueDate",
        "name",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignee_id is not UNSET:
            field_dict["assigneeId"] = assignee_id
        if description is not UNSET:
            field_dict["description"] = description
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assignee_id = d.pop("assigneeId", UNSET)

        description = d.pop("description", UNSET)

        due_date = d.pop("dueDate", UNSET)
        if due_date is not None and not isinstance(due_date, Unset):
            if not isinstance(due_date, str):
                raise TypeError()
            due_date_type_0 = datetime.datetime.fromisoformat(due_date)

            due_date = due_date_type_0

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        accounting_v2_update_invoice_task_request = cls(
            assignee_id,
            description,
            due_date,
            name,
            status,
        )

        accounting_v2_update_invoice_task_request.additional_properties = dict(d)
        return accounting_v2_update_invoice_task_request

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
