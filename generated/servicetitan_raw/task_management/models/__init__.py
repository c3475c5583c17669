"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .paginated_response_of_task_management_v2_task_get_response import (
        PaginatedResponseOfTaskManagementV2TaskGetResponse,
    )
    from .task_management_contracts_api_models_tasks_sub_task_get import (
        TaskManagementContractsApiModelsTasksSubTaskGet,
    )
    from .task_management_contracts_api_models_tasks_sub_tasks_info import (
        TaskManagementContractsApiModelsTasksSubTasksInfo,
    )
    from .task_management_contracts_api_models_tasks_task_attachment import (
        TaskManagementContractsApiModelsTasksTaskAttachment,
    )
    from .task_management_contracts_api_models_tasks_task_attachment_group import (
        TaskManagementContractsApiModelsTasksTaskAttachmentGroup,
    )
    from .task_management_contracts_api_models_tasks_task_comment import (
        TaskManagementContractsApiModelsTasksTaskComment,
    )
    from .task_management_v2_client_side_business_unit_response import (
        TaskManagementV2ClientSideBusinessUnitResponse,
    )
    from .task_management_v2_client_side_data_response import (
        TaskManagementV2ClientSideDataResponse,
    )
    from .task_management_v2_client_side_employee_response import (
        TaskManagementV2ClientSideEmployeeResponse,
    )
    from .task_management_v2_client_side_task_priority_response import (
        TaskManagementV2ClientSideTaskPriorityResponse,
    )
    from .task_management_v2_client_side_task_resolution_response import (
        TaskManagementV2ClientSideTaskResolutionResponse,
    )
    from .task_management_v2_client_side_task_resolution_type_response import (
        TaskManagementV2ClientSideTaskResolutionTypeResponse,
    )
    from .task_management_v2_client_side_task_source_response import (
        TaskManagementV2ClientSideTaskSourceResponse,
    )
    from .task_management_v2_client_side_task_status_response import (
        TaskManagementV2ClientSideTaskStatusResponse,
    )
    from .task_management_v2_client_side_task_type_response import (
        TaskManagementV2ClientSideTaskTypeResponse,
    )
    from .task_management_v2_subtask_create_request import (
        TaskManagementV2SubtaskCreateRequest,
    )
    from .task_management_v2_subtask_create_response import (
        TaskManagementV2SubtaskCreateResponse,
    )
    from .task_management_v2_task_create_request import (
        TaskManagementV2TaskCreateRequest,
    )
    from .task_management_v2_task_create_response import (
        TaskManagementV2TaskCreateResponse,
    )
    from .task_management_v2_task_get_response import TaskManagementV2TaskGetResponse
    from .task_management_v2_task_priority import TaskManagementV2TaskPriority
    from .task_management_v2_task_resolution_type import (
        TaskManagementV2TaskResolutionType,
    )
    from .task_management_v2_task_status import TaskManagementV2TaskStatus

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "PaginatedResponseOfTaskManagementV2TaskGetResponse": ".paginated_response_of_task_management_v2_task_get_response",
    "TaskManagementContractsApiModelsTasksSubTaskGet": ".task_management_contracts_api_models_tasks_sub_task_get",
    "TaskManagementContractsApiModelsTasksSubTasksInfo": ".task_management_contracts_api_models_tasks_sub_tasks_info",
    "TaskManagementContractsApiModelsTasksTaskAttachment": ".task_management_contracts_api_models_tasks_task_attachment",
    "TaskManagementContractsApiModelsTasksTaskAttachmentGroup": ".task_management_contracts_api_models_tasks_task_attachment_group",
    "TaskManagementContractsApiModelsTasksTaskComment": ".task_management_contracts_api_models_tasks_task_comment",
    "TaskManagementV2ClientSideBusinessUnitResponse": ".task_management_v2_client_side_business_unit_response",
    "TaskManagementV2ClientSideDataResponse": ".task_management_v2_client_side_data_response",
    "TaskManagementV2ClientSideEmployeeResponse": ".task_management_v2_client_side_employee_response",
    "TaskManagementV2ClientSideTaskPriorityResponse": ".task_management_v2_client_side_task_priority_response",
    "TaskManagementV2ClientSideTaskResolutionResponse": ".task_management_v2_client_side_task_resolution_response",
    "TaskManagementV2ClientSideTaskResolutionTypeResponse": ".task_management_v2_client_side_task_resolution_type_response",
    "TaskManagementV2ClientSideTaskSourceResponse": ".task_management_v2_client_side_task_source_response",
    "TaskManagementV2ClientSideTaskStatusResponse": ".task_management_v2_client_side_task_status_response",
    "TaskManagementV2ClientSideTaskTypeResponse": ".task_management_v2_client_side_task_type_response",
    "TaskManagementV2SubtaskCreateRequest": ".task_management_v2_subtask_create_request",
    "TaskManagementV2SubtaskCreateResponse": ".task_management_v2_subtask_create_response",
    "TaskManagementV2TaskCreateRequest": ".task_management_v2_task_create_request",
    "TaskManagementV2TaskCreateResponse": ".task_management_v2_task_create_response",
    "TaskManagementV2TaskGetResponse": ".task_management_v2_task_get_response",
    "TaskManagementV2TaskPriority": ".task_management_v2_task_priority",
    "TaskManagementV2TaskResolutionType": ".task_management_v2_task_resolution_type",
    "TaskManagementV2TaskStatus": ".task_management_v2_task_status",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "PaginatedResponseOfTaskManagementV2TaskGetResponse",
    "TaskManagementContractsApiModelsTasksSubTaskGet",
    "TaskManagementContractsApiModelsTasksSubTasksInfo",
    "TaskManagementContractsApiModelsTasksTaskAttachment",
    "TaskManagementContractsApiModelsTasksTaskAttachmentGroup",
    "TaskManagementContractsApiModelsTasksTaskComment",
    "TaskManagementV2ClientSideBusinessUnitResponse",
    "TaskManagementV2ClientSideDataResponse",
    "TaskManagementV2ClientSideEmployeeResponse",
    "TaskManagementV2ClientSideTaskPriorityResponse",
    "TaskManagementV2ClientSideTaskResolutionResponse",
    "TaskManagementV2ClientSideTaskResolutionTypeResponse",
    "TaskManagementV2ClientSideTaskSourceResponse",
    "TaskManagementV2ClientSideTaskStatusResponse",
    "TaskManagementV2ClientSideTaskTypeResponse",
    "TaskManagementV2SubtaskCreateRequest",
    "TaskManagementV2SubtaskCreateResponse",
    "TaskManagementV2TaskCreateRequest",
    "TaskManagementV2TaskCreateResponse",
    "TaskManagementV2TaskGetResponse",
    "TaskManagementV2TaskPriority",
    "TaskManagementV2TaskResolutionType",
    "TaskManagementV2TaskStatus",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
