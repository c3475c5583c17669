from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskManagementContractsApiModelsTasksTaskComment")


@_attrs_define
class TaskManagementContractsApiModelsTasksTaskComment:
    """
    Attributes:
        comment (str):
        created_on (datetime.datetime):
        employee_id (int):
    """

    comment: str
    created_on: datetime.datetime
    employee_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "comment",
        "createdOn",
        "employeeId",
    )

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        created_on = self.created_on.isoformat()

        employee_id = self.employee_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
                "createdOn": created_on,
                "employeeId": employee_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        comment = d.pop("comment")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        employee_id = d.pop("employeeId")

        task_management_contracts_api_models_tasks_task_comment = cls(
            comment,
            created_on,
            employee_id,
        )

        task_management_contracts_api_models_tasks_task_comment.additional_properties = dict(
            d
        )
        return task_management_contracts_api_models_tasks_task_comment

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
