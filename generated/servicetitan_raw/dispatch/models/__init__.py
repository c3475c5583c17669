"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .dispatch_contracts_non_job_appointment_create_non_job_appointment_result import (
        DispatchContractsNonJobAppointmentCreateNonJobAppointmentResult,
    )
    from .dispatch_contracts_non_job_appointment_delete_non_job_appointment_result import (
        DispatchContractsNonJobAppointmentDeleteNonJobAppointmentResult,
    )
    from .dispatch_contracts_non_job_appointment_repeat_end_type import (
        DispatchContractsNonJobAppointmentRepeatEndType,
    )
    from .dispatch_contracts_non_job_appointment_repeat_end_type_int_32 import (
        DispatchContractsNonJobAppointmentRepeatEndTypeInt32,
    )
    from .dispatch_contracts_non_job_appointment_repeat_frequency import (
        DispatchContractsNonJobAppointmentRepeatFrequency,
    )
    from .dispatch_contracts_non_job_appointment_repeat_frequency_int_32 import (
        DispatchContractsNonJobAppointmentRepeatFrequencyInt32,
    )
    from .dispatch_contracts_technician_shift_bulk_delete_technician_shift_result import (
        DispatchContractsTechnicianShiftBulkDeleteTechnicianShiftResult,
    )
    from .dispatch_contracts_technician_shift_delete_technician_shift_result import (
        DispatchContractsTechnicianShiftDeleteTechnicianShiftResult,
    )
    from .dispatch_contracts_technician_skill_delete_technician_skill_result import (
        DispatchContractsTechnicianSkillDeleteTechnicianSkillResult,
    )
    from .dispatch_v2_appointment_assignment_response import (
        DispatchV2AppointmentAssignmentResponse,
    )
    from .dispatch_v2_appointment_response import DispatchV2AppointmentResponse
    from .dispatch_v2_appointment_status import DispatchV2AppointmentStatus
    from .dispatch_v2_arrival_window_configuration import (
        DispatchV2ArrivalWindowConfiguration,
    )
    from .dispatch_v2_arrival_window_configuration_response import (
        DispatchV2ArrivalWindowConfigurationResponse,
    )
    from .dispatch_v2_arrival_window_response import DispatchV2ArrivalWindowResponse
    from .dispatch_v2_assign_technicians_request import (
        DispatchV2AssignTechniciansRequest,
    )
    from .dispatch_v2_bulk_delete_technician_shift_request import (
        DispatchV2BulkDeleteTechnicianShiftRequest,
    )
    from .dispatch_v2_business_hour_model import DispatchV2BusinessHourModel
    from .dispatch_v2_capacity_request_args import DispatchV2CapacityRequestArgs
    from .dispatch_v2_capacity_response import DispatchV2CapacityResponse
    from .dispatch_v2_capacity_response_availability import (
        DispatchV2CapacityResponseAvailability,
    )
    from .dispatch_v2_capacity_response_technician import (
        DispatchV2CapacityResponseTechnician,
    )
    from .dispatch_v2_capacity_response_technician_status import (
        DispatchV2CapacityResponseTechnicianStatus,
    )
    from .dispatch_v2_create_arrival_window_request import (
        DispatchV2CreateArrivalWindowRequest,
    )
    from .dispatch_v2_create_business_hour_request import (
        DispatchV2CreateBusinessHourRequest,
    )
    from .dispatch_v2_create_business_hour_response import (
        DispatchV2CreateBusinessHourResponse,
    )
    from .dispatch_v2_create_non_job_appointment_request import (
        DispatchV2CreateNonJobAppointmentRequest,
    )
    from .dispatch_v2_create_or_update_zone_request_args import (
        DispatchV2CreateOrUpdateZoneRequestArgs,
    )
    from .dispatch_v2_create_or_update_zone_response import (
        DispatchV2CreateOrUpdateZoneResponse,
    )
    from .dispatch_v2_create_team_request import DispatchV2CreateTeamRequest
    from .dispatch_v2_create_team_response import DispatchV2CreateTeamResponse
    from .dispatch_v2_create_technician_shift_request import (
        DispatchV2CreateTechnicianShiftRequest,
    )
    from .dispatch_v2_create_technician_skill_request import (
        DispatchV2CreateTechnicianSkillRequest,
    )
    from .dispatch_v2_export_appointment_assignments_response import (
        DispatchV2ExportAppointmentAssignmentsResponse,
    )
    from .dispatch_v2_get_non_job_appointment_response import (
        DispatchV2GetNonJobAppointmentResponse,
    )
    from .dispatch_v2_gps_ping_create_request import DispatchV2GpsPingCreateRequest
    from .dispatch_v2_gps_ping_response import DispatchV2GpsPingResponse
    from .dispatch_v2_gps_ping_result_status import DispatchV2GpsPingResultStatus
    from .dispatch_v2_job_appointment_assignment_status import (
        DispatchV2JobAppointmentAssignmentStatus,
    )
    from .dispatch_v2_non_job_appointment_response import (
        DispatchV2NonJobAppointmentResponse,
    )
    from .dispatch_v2_non_job_appointment_update_request import (
        DispatchV2NonJobAppointmentUpdateRequest,
    )
    from .dispatch_v2_set_arrival_window_status_request import (
        DispatchV2SetArrivalWindowStatusRequest,
    )
    from .dispatch_v2_shift_repeat_type import DispatchV2ShiftRepeatType
    from .dispatch_v2_shift_type import DispatchV2ShiftType
    from .dispatch_v2_team_response import DispatchV2TeamResponse
    from .dispatch_v2_technician_shift_create_response import (
        DispatchV2TechnicianShiftCreateResponse,
    )
    from .dispatch_v2_technician_shift_response import DispatchV2TechnicianShiftResponse
    from .dispatch_v2_technician_shift_update_response import (
        DispatchV2TechnicianShiftUpdateResponse,
    )
    from .dispatch_v2_technician_skill_response import DispatchV2TechnicianSkillResponse
    from .dispatch_v2_technician_tracking_response import (
        DispatchV2TechnicianTrackingResponse,
    )
    from .dispatch_v2_time_range import DispatchV2TimeRange
    from .dispatch_v2_unassign_technicians_request import (
        DispatchV2UnassignTechniciansRequest,
    )
    from .dispatch_v2_update_arrival_window_configuration_request import (
        DispatchV2UpdateArrivalWindowConfigurationRequest,
    )
    from .dispatch_v2_update_arrival_window_request import (
        DispatchV2UpdateArrivalWindowRequest,
    )
    from .dispatch_v2_update_technician_shift_request import (
        DispatchV2UpdateTechnicianShiftRequest,
    )
    from .dispatch_v2_update_technician_skills_request import (
        DispatchV2UpdateTechnicianSkillsRequest,
    )
    from .dispatch_v2_update_technician_skills_response import (
        DispatchV2UpdateTechnicianSkillsResponse,
    )
    from .dispatch_v2_zone_response import DispatchV2ZoneResponse
    from .export_response_of_dispatch_v2_export_appointment_assignments_response import (
        ExportResponseOfDispatchV2ExportAppointmentAssignmentsResponse,
    )
    from .paginated_response_of_dispatch_v2_appointment_assignment_response import (
        PaginatedResponseOfDispatchV2AppointmentAssignmentResponse,
    )
    from .paginated_response_of_dispatch_v2_arrival_window_response import (
        PaginatedResponseOfDispatchV2ArrivalWindowResponse,
    )
    from .paginated_response_of_dispatch_v2_non_job_appointment_response import (
        PaginatedResponseOfDispatchV2NonJobAppointmentResponse,
    )
    from .paginated_response_of_dispatch_v2_team_response import (
        PaginatedResponseOfDispatchV2TeamResponse,
    )
    from .paginated_response_of_dispatch_v2_technician_shift_response import (
        PaginatedResponseOfDispatchV2TechnicianShiftResponse,
    )
    from .paginated_response_of_dispatch_v2_technician_skill_response import (
        PaginatedResponseOfDispatchV2TechnicianSkillResponse,
    )
    from .paginated_response_of_dispatch_v2_zone_response import (
        PaginatedResponseOfDispatchV2ZoneResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "DispatchContractsNonJobAppointmentCreateNonJobAppointmentResult": ".dispatch_contracts_non_job_appointment_create_non_job_appointment_result",
    "DispatchContractsNonJobAppointmentDeleteNonJobAppointmentResult": ".dispatch_contracts_non_job_appointment_delete_non_job_appointment_result",
    "DispatchContractsNonJobAppointmentRepeatEndType": ".dispatch_contracts_non_job_appointment_repeat_end_type",
    "DispatchContractsNonJobAppointmentRepeatEndTypeInt32": ".dispatch_contracts_non_job_appointment_repeat_end_type_int_32",
    "DispatchContractsNonJobAppointmentRepeatFrequency": ".dispatch_contracts_non_job_appointment_repeat_frequency",
    "DispatchContractsNonJobAppointmentRepeatFrequencyInt32": ".dispatch_contracts_non_job_appointment_repeat_frequency_int_32",
    "DispatchContractsTechnicianShiftBulkDeleteTechnicianShiftResult": ".dispatch_contracts_technician_shift_bulk_delete_technician_shift_result",
    "DispatchContractsTechnicianShiftDeleteTechnicianShiftResult": ".dispatch_contracts_technician_shift_delete_technician_shift_result",
    "DispatchContractsTechnicianSkillDeleteTechnicianSkillResult": ".dispatch_contracts_technician_skill_delete_technician_skill_result",
    "DispatchV2AppointmentAssignmentResponse": ".dispatch_v2_appointment_assignment_response",
    "DispatchV2AppointmentResponse": ".dispatch_v2_appointment_response",
    "DispatchV2AppointmentStatus": ".dispatch_v2_appointment_status",
    "DispatchV2ArrivalWindowConfiguration": ".dispatch_v2_arrival_window_configuration",
    "DispatchV2ArrivalWindowConfigurationResponse": ".dispatch_v2_arrival_window_configuration_response",
    "DispatchV2ArrivalWindowResponse": ".dispatch_v2_arrival_window_response",
    "DispatchV2AssignTechniciansRequest": ".dispatch_v2_assign_technicians_request",
    "DispatchV2BulkDeleteTechnicianShiftRequest": ".dispatch_v2_bulk_delete_technician_shift_request",
    "DispatchV2BusinessHourModel": ".dispatch_v2_business_hour_model",
    "DispatchV2CapacityRequestArgs": ".dispatch_v2_capacity_request_args",
    "DispatchV2CapacityResponse": ".dispatch_v2_capacity_response",
    "DispatchV2CapacityResponseAvailability": ".dispatch_v2_capacity_response_availability",
    "DispatchV2CapacityResponseTechnician": ".dispatch_v2_capacity_response_technician",
    "DispatchV2CapacityResponseTechnicianStatus": ".dispatch_v2_capacity_response_technician_status",
    "DispatchV2CreateArrivalWindowRequest": ".dispatch_v2_create_arrival_window_request",
    "DispatchV2CreateBusinessHourRequest": ".dispatch_v2_create_business_hour_request",
    "DispatchV2CreateBusinessHourResponse": ".dispatch_v2_create_business_hour_response",
    "DispatchV2CreateNonJobAppointmentRequest": ".dispatch_v2_create_non_job_appointment_request",
    "DispatchV2CreateOrUpdateZoneRequestArgs": ".dispatch_v2_create_or_update_zone_request_args",
    "DispatchV2CreateOrUpdateZoneResponse": ".dispatch_v2_create_or_update_zone_response",
    "DispatchV2CreateTeamRequest": ".dispatch_v2_create_team_request",
    "DispatchV2CreateTeamResponse": ".dispatch_v2_create_team_response",
    "DispatchV2CreateTechnicianShiftRequest": ".dispatch_v2_create_technician_shift_request",
    "DispatchV2CreateTechnicianSkillRequest": ".dispatch_v2_create_technician_skill_request",
    "DispatchV2ExportAppointmentAssignmentsResponse": ".dispatch_v2_export_appointment_assignments_response",
    "DispatchV2GetNonJobAppointmentResponse": ".dispatch_v2_get_non_job_appointment_response",
    "DispatchV2GpsPingCreateRequest": ".dispatch_v2_gps_ping_create_request",
    "DispatchV2GpsPingResponse": ".dispatch_v2_gps_ping_response",
    "DispatchV2GpsPingResultStatus": ".dispatch_v2_gps_ping_result_status",
    "DispatchV2JobAppointmentAssignmentStatus": ".dispatch_v2_job_appointment_assignment_status",
    "DispatchV2NonJobAppointmentResponse": ".dispatch_v2_non_job_appointment_response",
    "DispatchV2NonJobAppointmentUpdateRequest": ".dispatch_v2_non_job_appointment_update_request",
    "DispatchV2SetArrivalWindowStatusRequest": ".dispatch_v2_set_arrival_window_status_request",
    "DispatchV2ShiftRepeatType": ".dispatch_v2_shift_repeat_type",
    "DispatchV2ShiftType": ".dispatch_v2_shift_type",
    "DispatchV2TeamResponse": ".dispatch_v2_team_response",
    "DispatchV2TechnicianShiftCreateResponse": ".dispatch_v2_technician_shift_create_response",
    "DispatchV2TechnicianShiftResponse": ".dispatch_v2_technician_shift_response",
    "DispatchV2TechnicianShiftUpdateResponse": ".dispatch_v2_technician_shift_update_response",
    "DispatchV2TechnicianSkillResponse": ".dispatch_v2_technician_skill_response",
    "DispatchV2TechnicianTrackingResponse": ".dispatch_v2_technician_tracking_response",
    "DispatchV2TimeRange": ".dispatch_v2_time_range",
    "DispatchV2UnassignTechniciansRequest": ".dispatch_v2_unassign_technicians_request",
    "DispatchV2UpdateArrivalWindowConfigurationRequest": ".dispatch_v2_update_arrival_window_configuration_request",
    "DispatchV2UpdateArrivalWindowRequest": ".dispatch_v2_update_arrival_window_request",
    "DispatchV2UpdateTechnicianShiftRequest": ".dispatch_v2_update_technician_shift_request",
    "DispatchV2UpdateTechnicianSkillsRequest": ".dispatch_v2_update_technician_skills_request",
    "DispatchV2UpdateTechnicianSkillsResponse": ".dispatch_v2_update_technician_skills_response",
    "DispatchV2ZoneResponse": ".dispatch_v2_zone_response",
    "ExportResponseOfDispatchV2ExportAppointmentAssignmentsResponse": ".export_response_of_dispatch_v2_export_appointment_assignments_response",
    "PaginatedResponseOfDispatchV2AppointmentAssignmentResponse": ".paginated_response_of_dispatch_v2_appointment_assignment_response",
    "PaginatedResponseOfDispatchV2ArrivalWindowResponse": ".paginated_response_of_dispatch_v2_arrival_window_response",
    "PaginatedResponseOfDispatchV2NonJobAppointmentResponse": ".paginated_response_of_dispatch_v2_non_job_appointment_response",
    "PaginatedResponseOfDispatchV2TeamResponse": ".paginated_response_of_dispatch_v2_team_response",
    "PaginatedResponseOfDispatchV2TechnicianShiftResponse": ".paginated_response_of_dispatch_v2_technician_shift_response",
    "PaginatedResponseOfDispatchV2TechnicianSkillResponse": ".paginated_response_of_dispatch_v2_technician_skill_response",
    "PaginatedResponseOfDispatchV2ZoneResponse": ".paginated_response_of_dispatch_v2_zone_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "DispatchContractsNonJobAppointmentCreateNonJobAppointmentResult",
    "DispatchContractsNonJobAppointmentDeleteNonJobAppointmentResult",
    "DispatchContractsNonJobAppointmentRepeatEndType",
    "DispatchContractsNonJobAppointmentRepeatEndTypeInt32",
    "DispatchContractsNonJobAppointmentRepeatFrequency",
    "DispatchContractsNonJobAppointmentRepeatFrequencyInt32",
    "DispatchContractsTechnicianShiftBulkDeleteTechnicianShiftResult",
    "DispatchContractsTechnicianShiftDeleteTechnicianShiftResult",
    "DispatchContractsTechnicianSkillDeleteTechnicianSkillResult",
    "DispatchV2AppointmentAssignmentResponse",
    "DispatchV2AppointmentResponse",
    "DispatchV2AppointmentStatus",
    "DispatchV2ArrivalWindowConfiguration",
    "DispatchV2ArrivalWindowConfigurationResponse",
    "DispatchV2ArrivalWindowResponse",
    "DispatchV2AssignTechniciansRequest",
    "DispatchV2BulkDeleteTechnicianShiftRequest",
    "DispatchV2BusinessHourModel",
    "DispatchV2CapacityRequestArgs",
    "DispatchV2CapacityResponse",
    "DispatchV2CapacityResponseAvailability",
    "DispatchV2CapacityResponseTechnician",
    "DispatchV2CapacityResponseTechnicianStatus",
    "DispatchV2CreateArrivalWindowRequest",
    "DispatchV2CreateBusinessHourRequest",
    "DispatchV2CreateBusinessHourResponse",
    "DispatchV2CreateNonJobAppointmentRequest",
    "DispatchV2CreateOrUpdateZoneRequestArgs",
    "DispatchV2CreateOrUpdateZoneResponse",
    "DispatchV2CreateTeamRequest",
    "DispatchV2CreateTeamResponse",
    "DispatchV2CreateTechnicianShiftRequest",
    "DispatchV2CreateTechnicianSkillRequest",
    "DispatchV2ExportAppointmentAssignmentsResponse",
    "DispatchV2GetNonJobAppointmentResponse",
    "DispatchV2GpsPingCreateRequest",
    "DispatchV2GpsPingResponse",
    "DispatchV2GpsPingResultStatus",
    "DispatchV2JobAppointmentAssignmentStatus",
    "DispatchV2NonJobAppointmentResponse",
    "DispatchV2NonJobAppointmentUpdateRequest",
    "DispatchV2SetArrivalWindowStatusRequest",
    "DispatchV2ShiftRepeatType",
    "DispatchV2ShiftType",
    "DispatchV2TeamResponse",
    "DispatchV2TechnicianShiftCreateResponse",
    "DispatchV2TechnicianShiftResponse",
    "DispatchV2TechnicianShiftUpdateResponse",
    "DispatchV2TechnicianSkillResponse",
    "DispatchV2TechnicianTrackingResponse",
    "DispatchV2TimeRange",
    "DispatchV2UnassignTechniciansRequest",
    "DispatchV2UpdateArrivalWindowConfigurationRequest",
    "DispatchV2UpdateArrivalWindowRequest",
    "DispatchV2UpdateTechnicianShiftRequest",
    "DispatchV2UpdateTechnicianSkillsRequest",
    "DispatchV2UpdateTechnicianSkillsResponse",
    "DispatchV2ZoneResponse",
    "ExportResponseOfDispatchV2ExportAppointmentAssignmentsResponse",
    "PaginatedResponseOfDispatchV2AppointmentAssignmentResponse",
    "PaginatedResponseOfDispatchV2ArrivalWindowResponse",
    "PaginatedResponseOfDispatchV2NonJobAppointmentResponse",
    "PaginatedResponseOfDispatchV2TeamResponse",
    "PaginatedResponseOfDispatchV2TechnicianShiftResponse",
    "PaginatedResponseOfDispatchV2TechnicianSkillResponse",
    "PaginatedResponseOfDispatchV2ZoneResponse",
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
