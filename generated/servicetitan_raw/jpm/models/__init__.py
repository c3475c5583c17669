"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .custom_field_api_model import CustomFieldApiModel
    from .export_response_of_jpm_v2_export_appointments_response import (
        ExportResponseOfJpmV2ExportAppointmentsResponse,
    )
    from .export_response_of_jpm_v2_export_job_canceled_log_response import (
        ExportResponseOfJpmV2ExportJobCanceledLogResponse,
    )
    from .export_response_of_jpm_v2_export_job_history_response import (
        ExportResponseOfJpmV2ExportJobHistoryResponse,
    )
    from .export_response_of_jpm_v2_export_job_notes_response import (
        ExportResponseOfJpmV2ExportJobNotesResponse,
    )
    from .export_response_of_jpm_v2_export_jobs_response import (
        ExportResponseOfJpmV2ExportJobsResponse,
    )
    from .export_response_of_jpm_v2_export_project_notes_response import (
        ExportResponseOfJpmV2ExportProjectNotesResponse,
    )
    from .export_response_of_jpm_v2_export_projects_response import (
        ExportResponseOfJpmV2ExportProjectsResponse,
    )
    from .jpm_budget_codes_budget_code_match_result import (
        JpmBudgetCodesBudgetCodeMatchResult,
    )
    from .jpm_budget_codes_budget_code_model import JpmBudgetCodesBudgetCodeModel
    from .jpm_budget_codes_budget_code_segment_model import (
        JpmBudgetCodesBudgetCodeSegmentModel,
    )
    from .jpm_budget_codes_create_budget_code_batch_response import (
        JpmBudgetCodesCreateBudgetCodeBatchResponse,
    )
    from .jpm_budget_codes_create_budget_code_response import (
        JpmBudgetCodesCreateBudgetCodeResponse,
    )
    from .jpm_budget_codes_list_segments_response import (
        JpmBudgetCodesListSegmentsResponse,
    )
    from .jpm_budget_codes_match_budget_codes_response import (
        JpmBudgetCodesMatchBudgetCodesResponse,
    )
    from .jpm_budget_codes_segment_item_cost_category import (
        JpmBudgetCodesSegmentItemCostCategory,
    )
    from .jpm_budget_codes_segment_item_model import JpmBudgetCodesSegmentItemModel
    from .jpm_budget_codes_segment_model import JpmBudgetCodesSegmentModel
    from .jpm_budget_codes_segment_structure import JpmBudgetCodesSegmentStructure
    from .jpm_budget_codes_segment_type import JpmBudgetCodesSegmentType
    from .jpm_jobs_job_history_item_model import JpmJobsJobHistoryItemModel
    from .jpm_jobs_job_scheduling_tool import JpmJobsJobSchedulingTool
    from .jpm_v2_appointment_add_request import JpmV2AppointmentAddRequest
    from .jpm_v2_appointment_hold_reason import JpmV2AppointmentHoldReason
    from .jpm_v2_appointment_information import JpmV2AppointmentInformation
    from .jpm_v2_appointment_reschedule_request import JpmV2AppointmentRescheduleRequest
    from .jpm_v2_appointment_response import JpmV2AppointmentResponse
    from .jpm_v2_appointment_summary_api_model import JpmV2AppointmentSummaryApiModel
    from .jpm_v2_attach_job_equipment_request import JpmV2AttachJobEquipmentRequest
    from .jpm_v2_base_appointment_status import JpmV2BaseAppointmentStatus
    from .jpm_v2_base_job_generated_lead_source import JpmV2BaseJobGeneratedLeadSource
    from .jpm_v2_budget_code_segment_binding_args import (
        JpmV2BudgetCodeSegmentBindingArgs,
    )
    from .jpm_v2_cancel_job_request import JpmV2CancelJobRequest
    from .jpm_v2_cancel_reason_response import JpmV2CancelReasonResponse
    from .jpm_v2_create_full_budget_code_args import JpmV2CreateFullBudgetCodeArgs
    from .jpm_v2_create_job_type_request import JpmV2CreateJobTypeRequest
    from .jpm_v2_create_partial_budget_code_args import JpmV2CreatePartialBudgetCodeArgs
    from .jpm_v2_create_project_request import JpmV2CreateProjectRequest
    from .jpm_v2_custom_field_create_or_update_model import (
        JpmV2CustomFieldCreateOrUpdateModel,
    )
    from .jpm_v2_custom_field_data_type import JpmV2CustomFieldDataType
    from .jpm_v2_custom_field_model import JpmV2CustomFieldModel
    from .jpm_v2_custom_field_type_response import JpmV2CustomFieldTypeResponse
    from .jpm_v2_custom_fields_update_mode import JpmV2CustomFieldsUpdateMode
    from .jpm_v2_detach_job_equipment_request import JpmV2DetachJobEquipmentRequest
    from .jpm_v2_export_appointments_response import JpmV2ExportAppointmentsResponse
    from .jpm_v2_export_job_canceled_log_response import (
        JpmV2ExportJobCanceledLogResponse,
    )
    from .jpm_v2_export_job_history_entry import JpmV2ExportJobHistoryEntry
    from .jpm_v2_export_job_history_response import JpmV2ExportJobHistoryResponse
    from .jpm_v2_export_job_notes_response import JpmV2ExportJobNotesResponse
    from .jpm_v2_export_jobs_response import JpmV2ExportJobsResponse
    from .jpm_v2_export_project_notes_response import JpmV2ExportProjectNotesResponse
    from .jpm_v2_export_projects_response import JpmV2ExportProjectsResponse
    from .jpm_v2_external_data_create_request import JpmV2ExternalDataCreateRequest
    from .jpm_v2_external_data_model import JpmV2ExternalDataModel
    from .jpm_v2_external_data_patch_mode import JpmV2ExternalDataPatchMode
    from .jpm_v2_external_data_update_model import JpmV2ExternalDataUpdateModel
    from .jpm_v2_external_data_update_request import JpmV2ExternalDataUpdateRequest
    from .jpm_v2_hold_appointment_request import JpmV2HoldAppointmentRequest
    from .jpm_v2_hold_reason_response import JpmV2HoldReasonResponse
    from .jpm_v2_job_appointment_status import JpmV2JobAppointmentStatus
    from .jpm_v2_job_booked_log_response import JpmV2JobBookedLogResponse
    from .jpm_v2_job_cancel_reason_response import JpmV2JobCancelReasonResponse
    from .jpm_v2_job_canceled_log_response import JpmV2JobCanceledLogResponse
    from .jpm_v2_job_create_request import JpmV2JobCreateRequest
    from .jpm_v2_job_equipment_response import JpmV2JobEquipmentResponse
    from .jpm_v2_job_history_response import JpmV2JobHistoryResponse
    from .jpm_v2_job_hold_reason_response import JpmV2JobHoldReasonResponse
    from .jpm_v2_job_note_create_request import JpmV2JobNoteCreateRequest
    from .jpm_v2_job_response import JpmV2JobResponse
    from .jpm_v2_job_scheduling_tool import JpmV2JobSchedulingTool
    from .jpm_v2_job_status import JpmV2JobStatus
    from .jpm_v2_job_type_response import JpmV2JobTypeResponse
    from .jpm_v2_note_response import JpmV2NoteResponse
    from .jpm_v2_project_note_create_request import JpmV2ProjectNoteCreateRequest
    from .jpm_v2_project_response import JpmV2ProjectResponse
    from .jpm_v2_project_status_response import JpmV2ProjectStatusResponse
    from .jpm_v2_project_sub_status_response import JpmV2ProjectSubStatusResponse
    from .jpm_v2_project_type_response import JpmV2ProjectTypeResponse
    from .jpm_v2_set_appointment_summary_request import (
        JpmV2SetAppointmentSummaryRequest,
    )
    from .jpm_v2_update_appointment_special_instructions_request import (
        JpmV2UpdateAppointmentSpecialInstructionsRequest,
    )
    from .jpm_v2_update_job_request import JpmV2UpdateJobRequest
    from .jpm_v2_update_job_type_request import JpmV2UpdateJobTypeRequest
    from .jpm_v2_update_project_request import JpmV2UpdateProjectRequest
    from .paginated_response_of_jpm_budget_codes_budget_code_model import (
        PaginatedResponseOfJpmBudgetCodesBudgetCodeModel,
    )
    from .paginated_response_of_jpm_budget_codes_segment_item_model import (
        PaginatedResponseOfJpmBudgetCodesSegmentItemModel,
    )
    from .paginated_response_of_jpm_v2_appointment_response import (
        PaginatedResponseOfJpmV2AppointmentResponse,
    )
    from .paginated_response_of_jpm_v2_cancel_reason_response import (
        PaginatedResponseOfJpmV2CancelReasonResponse,
    )
    from .paginated_response_of_jpm_v2_custom_field_type_response import (
        PaginatedResponseOfJpmV2CustomFieldTypeResponse,
    )
    from .paginated_response_of_jpm_v2_hold_reason_response import (
        PaginatedResponseOfJpmV2HoldReasonResponse,
    )
    from .paginated_response_of_jpm_v2_job_cancel_reason_response import (
        PaginatedResponseOfJpmV2JobCancelReasonResponse,
    )
    from .paginated_response_of_jpm_v2_job_canceled_log_response import (
        PaginatedResponseOfJpmV2JobCanceledLogResponse,
    )
    from .paginated_response_of_jpm_v2_job_hold_reason_response import (
        PaginatedResponseOfJpmV2JobHoldReasonResponse,
    )
    from .paginated_response_of_jpm_v2_job_response import (
        PaginatedResponseOfJpmV2JobResponse,
    )
    from .paginated_response_of_jpm_v2_job_type_response import (
        PaginatedResponseOfJpmV2JobTypeResponse,
    )
    from .paginated_response_of_jpm_v2_note_response import (
        PaginatedResponseOfJpmV2NoteResponse,
    )
    from .paginated_response_of_jpm_v2_project_response import (
        PaginatedResponseOfJpmV2ProjectResponse,
    )
    from .paginated_response_of_jpm_v2_project_status_response import (
        PaginatedResponseOfJpmV2ProjectStatusResponse,
    )
    from .paginated_response_of_jpm_v2_project_sub_status_response import (
        PaginatedResponseOfJpmV2ProjectSubStatusResponse,
    )
    from .paginated_response_of_jpm_v2_project_type_response import (
        PaginatedResponseOfJpmV2ProjectTypeResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "CustomFieldApiModel": ".custom_field_api_model",
    "ExportResponseOfJpmV2ExportAppointmentsResponse": ".export_response_of_jpm_v2_export_appointments_response",
    "ExportResponseOfJpmV2ExportJobCanceledLogResponse": ".export_response_of_jpm_v2_export_job_canceled_log_response",
    "ExportResponseOfJpmV2ExportJobHistoryResponse": ".export_response_of_jpm_v2_export_job_history_response",
    "ExportResponseOfJpmV2ExportJobNotesResponse": ".export_response_of_jpm_v2_export_job_notes_response",
    "ExportResponseOfJpmV2ExportJobsResponse": ".export_response_of_jpm_v2_export_jobs_response",
    "ExportResponseOfJpmV2ExportProjectNotesResponse": ".export_response_of_jpm_v2_export_project_notes_response",
    "ExportResponseOfJpmV2ExportProjectsResponse": ".export_response_of_jpm_v2_export_projects_response",
    "JpmBudgetCodesBudgetCodeMatchResult": ".jpm_budget_codes_budget_code_match_result",
    "JpmBudgetCodesBudgetCodeModel": ".jpm_budget_codes_budget_code_model",
    "JpmBudgetCodesBudgetCodeSegmentModel": ".jpm_budget_codes_budget_code_segment_model",
    "JpmBudgetCodesCreateBudgetCodeBatchResponse": ".jpm_budget_codes_create_budget_code_batch_response",
    "JpmBudgetCodesCreateBudgetCodeResponse": ".jpm_budget_codes_create_budget_code_response",
    "JpmBudgetCodesListSegmentsResponse": ".jpm_budget_codes_list_segments_response",
    "JpmBudgetCodesMatchBudgetCodesResponse": ".jpm_budget_codes_match_budget_codes_response",
    "JpmBudgetCodesSegmentItemCostCategory": ".jpm_budget_codes_segment_item_cost_category",
    "JpmBudgetCodesSegmentItemModel": ".jpm_budget_codes_segment_item_model",
    "JpmBudgetCodesSegmentModel": ".jpm_budget_codes_segment_model",
    "JpmBudgetCodesSegmentStructure": ".jpm_budget_codes_segment_structure",
    "JpmBudgetCodesSegmentType": ".jpm_budget_codes_segment_type",
    "JpmJobsJobHistoryItemModel": ".jpm_jobs_job_history_item_model",
    "JpmJobsJobSchedulingTool": ".jpm_jobs_job_scheduling_tool",
    "JpmV2AppointmentAddRequest": ".jpm_v2_appointment_add_request",
    "JpmV2AppointmentHoldReason": ".jpm_v2_appointment_hold_reason",
    "JpmV2AppointmentInformation": ".jpm_v2_appointment_information",
    "JpmV2AppointmentRescheduleRequest": ".jpm_v2_appointment_reschedule_request",
    "JpmV2AppointmentResponse": ".jpm_v2_appointment_response",
    "JpmV2AppointmentSummaryApiModel": ".jpm_v2_appointment_summary_api_model",
    "JpmV2AttachJobEquipmentRequest": ".jpm_v2_attach_job_equipment_request",
    "JpmV2BaseAppointmentStatus": ".jpm_v2_base_appointment_status",
    "JpmV2BaseJobGeneratedLeadSource": ".jpm_v2_base_job_generated_lead_source",
    "JpmV2BudgetCodeSegmentBindingArgs": ".jpm_v2_budget_code_segment_binding_args",
    "JpmV2CancelJobRequest": ".jpm_v2_cancel_job_request",
    "JpmV2CancelReasonResponse": ".jpm_v2_cancel_reason_response",
    "JpmV2CreateFullBudgetCodeArgs": ".jpm_v2_create_full_budget_code_args",
    "JpmV2CreateJobTypeRequest": ".jpm_v2_create_job_type_request",
    "JpmV2CreatePartialBudgetCodeArgs": ".jpm_v2_create_partial_budget_code_args",
    "JpmV2CreateProjectRequest": ".jpm_v2_create_project_request",
    "JpmV2CustomFieldCreateOrUpdateModel": ".jpm_v2_custom_field_create_or_update_model",
    "JpmV2CustomFieldDataType": ".jpm_v2_custom_field_data_type",
    "JpmV2CustomFieldModel": ".jpm_v2_custom_field_model",
    "JpmV2CustomFieldTypeResponse": ".jpm_v2_custom_field_type_response",
    "JpmV2CustomFieldsUpdateMode": ".jpm_v2_custom_fields_update_mode",
    "JpmV2DetachJobEquipmentRequest": ".jpm_v2_detach_job_equipment_request",
    "JpmV2ExportAppointmentsResponse": ".jpm_v2_export_appointments_response",
    "JpmV2ExportJobCanceledLogResponse": ".jpm_v2_export_job_canceled_log_response",
    "JpmV2ExportJobHistoryEntry": ".jpm_v2_export_job_history_entry",
    "JpmV2ExportJobHistoryResponse": ".jpm_v2_export_job_history_response",
    "JpmV2ExportJobNotesResponse": ".jpm_v2_export_job_notes_response",
    "JpmV2ExportJobsResponse": ".jpm_v2_export_jobs_response",
    "JpmV2ExportProjectNotesResponse": ".jpm_v2_export_project_notes_response",
    "JpmV2ExportProjectsResponse": ".jpm_v2_export_projects_response",
    "JpmV2ExternalDataCreateRequest": ".jpm_v2_external_data_create_request",
    "JpmV2ExternalDataModel": ".jpm_v2_external_data_model",
    "JpmV2ExternalDataPatchMode": ".jpm_v2_external_data_patch_mode",
    "JpmV2ExternalDataUpdateModel": ".jpm_v2_external_data_update_model",
    "JpmV2ExternalDataUpdateRequest": ".jpm_v2_external_data_update_request",
    "JpmV2HoldAppointmentRequest": ".jpm_v2_hold_appointment_request",
    "JpmV2HoldReasonResponse": ".jpm_v2_hold_reason_response",
    "JpmV2JobAppointmentStatus": ".jpm_v2_job_appointment_status",
    "JpmV2JobBookedLogResponse": ".jpm_v2_job_booked_log_response",
    "JpmV2JobCancelReasonResponse": ".jpm_v2_job_cancel_reason_response",
    "JpmV2JobCanceledLogResponse": ".jpm_v2_job_canceled_log_response",
    "JpmV2JobCreateRequest": ".jpm_v2_job_create_request",
    "JpmV2JobEquipmentResponse": ".jpm_v2_job_equipment_response",
    "JpmV2JobHistoryResponse": ".jpm_v2_job_history_response",
    "JpmV2JobHoldReasonResponse": ".jpm_v2_job_hold_reason_response",
    "JpmV2JobNoteCreateRequest": ".jpm_v2_job_note_create_request",
    "JpmV2JobResponse": ".jpm_v2_job_response",
    "JpmV2JobSchedulingTool": ".jpm_v2_job_scheduling_tool",
    "JpmV2JobStatus": ".jpm_v2_job_status",
    "JpmV2JobTypeResponse": ".jpm_v2_job_type_response",
    "JpmV2NoteResponse": ".jpm_v2_note_response",
    "JpmV2ProjectNoteCreateRequest": ".jpm_v2_project_note_create_request",
    "JpmV2ProjectResponse": ".jpm_v2_project_response",
    "JpmV2ProjectStatusResponse": ".jpm_v2_project_status_response",
    "JpmV2ProjectSubStatusResponse": ".jpm_v2_project_sub_status_response",
    "JpmV2ProjectTypeResponse": ".jpm_v2_project_type_response",
    "JpmV2SetAppointmentSummaryRequest": ".jpm_v2_set_appointment_summary_request",
    "JpmV2UpdateAppointmentSpecialInstructionsRequest": ".jpm_v2_update_appointment_special_instructions_request",
    "JpmV2UpdateJobRequest": ".jpm_v2_update_job_request",
    "JpmV2UpdateJobTypeRequest": ".jpm_v2_update_job_type_request",
    "JpmV2UpdateProjectRequest": ".jpm_v2_update_project_request",
    "PaginatedResponseOfJpmBudgetCodesBudgetCodeModel": ".paginated_response_of_jpm_budget_codes_budget_code_model",
    "PaginatedResponseOfJpmBudgetCodesSegmentItemModel": ".paginated_response_of_jpm_budget_codes_segment_item_model",
    "PaginatedResponseOfJpmV2AppointmentResponse": ".paginated_response_of_jpm_v2_appointment_response",
    "PaginatedResponseOfJpmV2CancelReasonResponse": ".paginated_response_of_jpm_v2_cancel_reason_response",
    "PaginatedResponseOfJpmV2CustomFieldTypeResponse": ".paginated_response_of_jpm_v2_custom_field_type_response",
    "PaginatedResponseOfJpmV2HoldReasonResponse": ".paginated_response_of_jpm_v2_hold_reason_response",
    "PaginatedResponseOfJpmV2JobCancelReasonResponse": ".paginated_response_of_jpm_v2_job_cancel_reason_response",
    "PaginatedResponseOfJpmV2JobCanceledLogResponse": ".paginated_response_of_jpm_v2_job_canceled_log_response",
    "PaginatedResponseOfJpmV2JobHoldReasonResponse": ".paginated_response_of_jpm_v2_job_hold_reason_response",
    "PaginatedResponseOfJpmV2JobResponse": ".paginated_response_of_jpm_v2_job_response",
    "PaginatedResponseOfJpmV2JobTypeResponse": ".paginated_response_of_jpm_v2_job_type_response",
    "PaginatedResponseOfJpmV2NoteResponse": ".paginated_response_of_jpm_v2_note_response",
    "PaginatedResponseOfJpmV2ProjectResponse": ".paginated_response_of_jpm_v2_project_response",
    "PaginatedResponseOfJpmV2ProjectStatusResponse": ".paginated_response_of_jpm_v2_project_status_response",
    "PaginatedResponseOfJpmV2ProjectSubStatusResponse": ".paginated_response_of_jpm_v2_project_sub_status_response",
    "PaginatedResponseOfJpmV2ProjectTypeResponse": ".paginated_response_of_jpm_v2_project_type_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "CustomFieldApiModel",
    "ExportResponseOfJpmV2ExportAppointmentsResponse",
    "ExportResponseOfJpmV2ExportJobCanceledLogResponse",
    "ExportResponseOfJpmV2ExportJobHistoryResponse",
    "ExportResponseOfJpmV2ExportJobNotesResponse",
    "ExportResponseOfJpmV2ExportJobsResponse",
    "ExportResponseOfJpmV2ExportProjectNotesResponse",
    "ExportResponseOfJpmV2ExportProjectsResponse",
    "JpmBudgetCodesBudgetCodeMatchResult",
    "JpmBudgetCodesBudgetCodeModel",
    "JpmBudgetCodesBudgetCodeSegmentModel",
    "JpmBudgetCodesCreateBudgetCodeBatchResponse",
    "JpmBudgetCodesCreateBudgetCodeResponse",
    "JpmBudgetCodesListSegmentsResponse",
    "JpmBudgetCodesMatchBudgetCodesResponse",
    "JpmBudgetCodesSegmentItemCostCategory",
    "JpmBudgetCodesSegmentItemModel",
    "JpmBudgetCodesSegmentModel",
    "JpmBudgetCodesSegmentStructure",
    "JpmBudgetCodesSegmentType",
    "JpmJobsJobHistoryItemModel",
    "JpmJobsJobSchedulingTool",
    "JpmV2AppointmentAddRequest",
    "JpmV2AppointmentHoldReason",
    "JpmV2AppointmentInformation",
    "JpmV2AppointmentRescheduleRequest",
    "JpmV2AppointmentResponse",
    "JpmV2AppointmentSummaryApiModel",
    "JpmV2AttachJobEquipmentRequest",
    "JpmV2BaseAppointmentStatus",
    "JpmV2BaseJobGeneratedLeadSource",
    "JpmV2BudgetCodeSegmentBindingArgs",
    "JpmV2CancelJobRequest",
    "JpmV2CancelReasonResponse",
    "JpmV2CreateFullBudgetCodeArgs",
    "JpmV2CreateJobTypeRequest",
    "JpmV2CreatePartialBudgetCodeArgs",
    "JpmV2CreateProjectRequest",
    "JpmV2CustomFieldCreateOrUpdateModel",
    "JpmV2CustomFieldDataType",
    "JpmV2CustomFieldModel",
    "JpmV2CustomFieldTypeResponse",
    "JpmV2CustomFieldsUpdateMode",
    "JpmV2DetachJobEquipmentRequest",
    "JpmV2ExportAppointmentsResponse",
    "JpmV2ExportJobCanceledLogResponse",
    "JpmV2ExportJobHistoryEntry",
    "JpmV2ExportJobHistoryResponse",
    "JpmV2ExportJobNotesResponse",
    "JpmV2ExportJobsResponse",
    "JpmV2ExportProjectNotesResponse",
    "JpmV2ExportProjectsResponse",
    "JpmV2ExternalDataCreateRequest",
    "JpmV2ExternalDataModel",
    "JpmV2ExternalDataPatchMode",
    "JpmV2ExternalDataUpdateModel",
    "JpmV2ExternalDataUpdateRequest",
    "JpmV2HoldAppointmentRequest",
    "JpmV2HoldReasonResponse",
    "JpmV2JobAppointmentStatus",
    "JpmV2JobBookedLogResponse",
    "JpmV2JobCancelReasonResponse",
    "JpmV2JobCanceledLogResponse",
    "JpmV2JobCreateRequest",
    "JpmV2JobEquipmentResponse",
    "JpmV2JobHistoryResponse",
    "JpmV2JobHoldReasonResponse",
    "JpmV2JobNoteCreateRequest",
    "JpmV2JobResponse",
    "JpmV2JobSchedulingTool",
    "JpmV2JobStatus",
    "JpmV2JobTypeResponse",
    "JpmV2NoteResponse",
    "JpmV2ProjectNoteCreateRequest",
    "JpmV2ProjectResponse",
    "JpmV2ProjectStatusResponse",
    "JpmV2ProjectSubStatusResponse",
    "JpmV2ProjectTypeResponse",
    "JpmV2SetAppointmentSummaryRequest",
    "JpmV2UpdateAppointmentSpecialInstructionsRequest",
    "JpmV2UpdateJobRequest",
    "JpmV2UpdateJobTypeRequest",
    "JpmV2UpdateProjectRequest",
    "PaginatedResponseOfJpmBudgetCodesBudgetCodeModel",
    "PaginatedResponseOfJpmBudgetCodesSegmentItemModel",
    "PaginatedResponseOfJpmV2AppointmentResponse",
    "PaginatedResponseOfJpmV2CancelReasonResponse",
    "PaginatedResponseOfJpmV2CustomFieldTypeResponse",
    "PaginatedResponseOfJpmV2HoldReasonResponse",
    "PaginatedResponseOfJpmV2JobCancelReasonResponse",
    "PaginatedResponseOfJpmV2JobCanceledLogResponse",
    "PaginatedResponseOfJpmV2JobHoldReasonResponse",
    "PaginatedResponseOfJpmV2JobResponse",
    "PaginatedResponseOfJpmV2JobTypeResponse",
    "PaginatedResponseOfJpmV2NoteResponse",
    "PaginatedResponseOfJpmV2ProjectResponse",
    "PaginatedResponseOfJpmV2ProjectStatusResponse",
    "PaginatedResponseOfJpmV2ProjectSubStatusResponse",
    "PaginatedResponseOfJpmV2ProjectTypeResponse",
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
