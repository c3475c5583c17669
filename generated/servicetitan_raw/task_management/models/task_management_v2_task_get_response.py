from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.task_management_v2_task_status import TaskManagementV2TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_management_contracts_api_models_tasks_sub_tasks_info import (
        TaskManagementContractsApiModelsTasksSubTasksInfo,
    )
    from ..models.task_management_contracts_api_models_tasks_task_attachment_group import (
        TaskManagementContractsApiModelsTasksTaskAttachmentGroup,
    )
    from ..models.task_management_contracts_api_models_tasks_task_comment import (
        TaskManagementContractsApiModelsTasksTaskComment,
    )


T = TypeVar("T", bound="TaskManagementV2TaskGetResponse")


@_attrs_define
class TaskManagementV2TaskGetResponse:
    """
    Attributes:
        active (bool):
        assigned_to_id (int):
        business_unit_id (int):
        created_on (datetime.datetime):
        employee_task_resolution_id (int):
        employee_task_source_id (int):
        employee_task_type_id (int):
        id (int):
        is_closed (bool):
        reported_by_id (int):
        reported_on (datetime.datetime):
        status (TaskManagementV2TaskStatus):
        task_number (int):
        attachments (list[TaskManagementContractsApiModelsTasksTaskAttachmentGroup] | None | Unset):
        closed_on (datetime.datetime | None | Unset):
        comments (list[TaskManagementContractsApiModelsTasksTaskComment] | None | Unset):
        complete_by (datetime.datetime | None | Unset):
        customer_id (int | None | Unset):
        customer_name (None | str | Unset):
        description (None | str | Unset):
        description_modified_by_id (int | None | Unset):
        description_modified_on (datetime.datetime | None | Unset):
        involved_employee_id_list (list[int] | None | Unset):
        job_id (int | None | Unset):
        job_number (None | str | Unset):
        modified_on (datetime.datetime | None | Unset):
        name (None | str | Unset):
        priority (None | str | Unset):
        project_id (int | None | Unset):
        refund_issued (float | None | Unset):
        sub_tasks_data (None | TaskManagementContractsApiModelsTasksSubTasksInfo | Unset):
    """

    active: bool
    assigned_to_id: int
    business_unit_id: int
    created_on: datetime.datetime
    employee_task_resolution_id: int
    employee_task_source_id: int
    employee_task_type_id: int
    id: int
    is_closed: bool
    reported_by_id: int
    reported_on: datetime.datetime
    status: TaskManagementV2TaskStatus
    task_number: int
    attachments: (
        list[TaskManagementContractsApiModelsTasksTaskAttachmentGroup] | None | Unset
    ) = UNSET
    closed_on: datetime.datetime | None | Unset = UNSET
    comments: list[TaskManagementContractsApiModelsTasksTaskComment] | None | Unset = (
        UNSET
    )
    complete_by: datetime.datetime | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    description_modified_by_id: int | None | Unset = UNSET
    description_modified_on: datetime.datetime | None | Unset = UNSET
    involved_employee_id_list: list[int] | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    job_number: None | str | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    priority: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    refund_issued: float | None | Unset = UNSET
    sub_tasks_data: None | TaskManagementContractsApiModelsTasksSubTasksInfo | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "assignedToId",
        "businessUnitId",
        "createdOn",
        "employeeTaskResolutionId",
        "employeeTaskSourceId",
        "employeeTaskTypeId",
        "id",
        "isClosed",
        "reportedById",
        "reportedOn",
        "status",
        "taskNumber",
        "attachments",
        "closedOn",
        "comments",
        "completeBy",
        "customerId",
        "customerName",
        "description",
        "descriptionModifiedById",
        "descriptionModifiedOn",
        "involvedEmployeeIdList",
        "jobId",
        "jobNumber",
        "modifiedOn",
        "name",
        "priority",
        "projectId",
        "refundIssued",
        "subTasksData",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_management_contracts_api_models_tasks_sub_tasks_info import (
            TaskManagementContractsApiModelsTasksSubTasksInfo,
        )

        active = self.active

        assigned_to_id = self.assigned_to_id

        business_unit_id = self.business_unit_id

        created_on = self.created_on.isoformat()

        employee_task_resolution_id = self.employee_task_resolution_id

        employee_task_source_id = self.employee_task_source_id

        employee_task_type_id = self.employee_task_type_id

        id = self.id

        is_closed = self.is_closed

        reported_by_id = self.reported_by_id

        reported_on = self.reported_on.isoformat()

        status = self.status.value

        task_number = self.task_number

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        closed_on: None | str | Unset
        if isinstance(self.closed_on, Unset):
            closed_on = UNSET
        elif isinstance(self.closed_on, datetime.datetime):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        comments: list[dict[str, Any]] | None | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        elif isinstance(self.comments, list):
            comments = []
            for comments_type_0_item_data in self.comments:
                comments_type_0_item = comments_type_0_item_data.to_dict()
                comments.append(comments_type_0_item)

        else:
            comments = self.comments

        complete_by: None | str | Unset
        if isinstance(self.complete_by, Unset):
            complete_by = UNSET
        elif isinstance(self.complete_by, datetime.datetime):
            complete_by = self.complete_by.isoformat()
        else:
            complete_by = self.complete_by

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        description_modified_by_id: int | None | Unset
        if isinstance(self.description_modified_by_id, Unset):
            description_modified_by_id = UNSET
        else:
            description_modified_by_id = self.description_modified_by_id

        description_modified_on: None | str | Unset
        if isinstance(self.description_modified_on, Unset):
            description_modified_on = UNSET
        elif isinstance(self.description_modified_on, datetime.datetime):
            description_modified_on = self.description_modified_on.isoformat()
        else:
            description_modified_on = self.description_modified_on

        involved_employee_id_list: list[int] | None | Unset
        if isinstance(self.involved_employee_id_list, Unset):
            involved_employee_id_list = UNSET
        elif isinstance(self.involved_employee_id_list, list):
            involved_employee_id_list = self.involved_employee_id_list

        else:
            involved_employee_id_list = self.involved_employee_id_list

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_number: None | str | Unset
        if isinstance(self.job_number, Unset):
            job_number = UNSET
        else:
            job_number = self.job_number

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        elif isinstance(self.modified_on, datetime.datetime):
            modified_on = self.modified_on.isoformat()
        else:
            modified_on = self.modified_on

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        refund_issued: float | None | Unset
        if isinstance(self.refund_issued, Unset):
            refund_issued = UNSET
        else:
            refund_issued = self.refund_issued

        sub_tasks_data: dict[str, Any] | None | Unset
        if isinstance(self.sub_tasks_data, Unset):
            sub_tasks_data = UNSET
        elif isinstance(
            self.sub_tasks_data, TaskManagementContractsApiModelsTasksSubTasksInfo
        ):
            sub_tasks_data = self.sub_tasks_data.to_dict()
        else:
            sub_tasks_data = self.sub_tasks_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "assignedToId": assigned_to_id,
                "businessUnitId": business_unit_id,
                "createdOn": created_on,
                "employeeTaskResolutionId": employee_task_resolution_id,
                "employeeTaskSourceId": employee_task_source_id,
                "employeeTaskTypeId": employee_task_type_id,
                "id": id,
                "isClosed": is_closed,
                "reportedById": reported_by_id,
                "reportedOn": reported_on,
                "status": status,
                "taskNumber": task_number,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if closed_on is not UNSET:
            field_dict["closedOn"] = closed_on
        if comments is not UNSET:
            field_dict["comments"] = comments
        if complete_by is not UNSET:
            field_dict["completeBy"] = complete_by
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if description is not UNSET:
            field_dict["description"] = description
        if description_modified_by_id is not UNSET:
            field_dict["descriptionModifiedById"] = description_modified_by_id
        if description_modified_on is not UNSET:
            field_dict["descriptionModifiedOn"] = description_modified_on
        if involved_employee_id_list is not UNSET:
            field_dict["involvedEmployeeIdList"] = involved_employee_id_list
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_number is not UNSET:
            field_dict["jobNumber"] = job_number
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if name is not UNSET:
            field_dict["name"] = name
        if priority is not UNSET:
            field_dict["priority"] = priority
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if refund_issued is not UNSET:
            field_dict["refundIssued"] = refund_issued
        if sub_tasks_data is not UNSET:
            field_dict["subTasksData"] = sub_tasks_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        assigned_to_id = d.pop("assignedToId")

        business_unit_id = d.pop("businessUnitId")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        employee_task_resolution_id = d.pop("employeeTaskResolutionId")

        employee_task_source_id = d.pop("employeeTaskSourceId")

        employee_task_type_id = d.pop("employeeTaskTypeId")

        id = d.pop("id")

        is_closed = d.pop("isClosed")

        reported_by_id = d.pop("reportedById")

        reported_on = datetime.datetime.fromisoformat(d.pop("reportedOn"))

        status = TaskManagementV2TaskStatus(d.pop("status"))

        task_number = d.pop("taskNumber")

        attachments = d.pop("attachments", UNSET)
        if attachments is not None and not isinstance(attachments, Unset):
            if not isinstance(attachments, list):
                raise TypeError()
            attachments_type_0 = [
                _models.TaskManagementContractsApiModelsTasksTaskAttachmentGroup.from_dict(
                    attachments_type_0_item_data
                )
                for attachments_type_0_item_data in attachments
            ]

            attachments = attachments_type_0

        closed_on = d.pop("closedOn", UNSET)
        if closed_on is not None and not isinstance(closed_on, Unset):
            if not isinstance(closed_on, str):
                raise TypeError()
            closed_on_type_0 = datetime.datetime.fromisoformat(closed_on)

            closed_on = closed_on_type_0

        comments = d.pop("comments", UNSET)
        if comments is not None and not isinstance(comments, Unset):
            if not isinstance(comments, list):
                raise TypeError()
            comments_type_0 = [
                _models.TaskManagementContractsApiModelsTasksTaskComment.from_dict(
                    comments_type_0_item_data
                )
                for comments_type_0_item_data in comments
            ]

            comments = comments_type_0

        complete_by = d.pop("completeBy", UNSET)
        if complete_by is not None and not isinstance(complete_by, Unset):
            if not isinstance(complete_by, str):
                raise TypeError()
            complete_by_type_0 = datetime.datetime.fromisoformat(complete_by)

            complete_by = complete_by_type_0

        customer_id = d.pop("customerId", UNSET)

        customer_name = d.pop("customerName", UNSET)

        description = d.pop("description", UNSET)

        description_modified_by_id = d.pop("descriptionModifiedById", UNSET)

        description_modified_on = d.pop("descriptionModifiedOn", UNSET)
        if description_modified_on is not None and not isinstance(
            description_modified_on, Unset
        ):
            if not isinstance(description_modified_on, str):
                raise TypeError()
            description_modified_on_type_0 = datetime.datetime.fromisoformat(
                description_modified_on
            )

            description_modified_on = description_modified_on_type_0

        involved_employee_id_list = d.pop("involvedEmployeeIdList", UNSET)
        if involved_employee_id_list is not None and not isinstance(
            involved_employee_id_list, Unset
        ):
            if not isinstance(involved_employee_id_list, list):
                raise TypeError()
            involved_employee_id_list_type_0 = involved_employee_id_list

            involved_employee_id_list = involved_employee_id_list_type_0

        job_id = d.pop("jobId", UNSET)

        job_number = d.pop("jobNumber", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)
        if modified_on is not None and not isinstance(modified_on, Unset):
            if not isinstance(modified_on, str):
                raise TypeError()
            modified_on_type_0 = datetime.datetime.fromisoformat(modified_on)

            modified_on = modified_on_type_0

        name = d.pop("name", UNSET)

        priority = d.pop("priority", UNSET)

        project_id = d.pop("projectId", UNSET)

        refund_issued = d.pop("refundIssued", UNSET)

        sub_tasks_data = d.pop("subTasksData", UNSET)
        if sub_tasks_data is not None and not isinstance(sub_tasks_data, Unset):
            if not isinstance(sub_tasks_data, dict):
                raise TypeError()
            sub_tasks_data_type_0 = (
                _models.TaskManagementContractsApiModelsTasksSubTasksInfo.from_dict(
                    sub_tasks_data
                )
            )

            sub_tasks_data = sub_tasks_data_type_0

        task_management_v2_task_get_response = cls(
            active,
            assigned_to_id,
            business_unit_id,
            created_on,
            employee_task_resolution_id,
            employee_task_source_id,
            employee_task_type_id,
            id,
            is_closed,
            reported_by_id,
            reported_on,
            status,
            task_number,
            attachments,
            closed_on,
            comments,
            complete_by,
            customer_id,
            customer_name,
            description,
            description_modified_by_id,
            description_modified_on,
            involved_employee_id_list,
            job_id,
            job_number,
            modified_on,
            name,
            priority,
            project_id,
            refund_issued,
            sub_tasks_data,
        )

        task_management_v2_task_get_response.additional_properties = dict(d)
        return task_management_v2_task_get_response

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
