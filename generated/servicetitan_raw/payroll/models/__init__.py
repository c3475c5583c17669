"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .export_response_of_payroll_v2_gross_pay_items_gross_pay_item_export_response import (
        ExportResponseOfPayrollV2GrossPayItemsGrossPayItemExportResponse,
    )
    from .export_response_of_payroll_v2_job_splits_job_split_export_response import (
        ExportResponseOfPayrollV2JobSplitsJobSplitExportResponse,
    )
    from .export_response_of_payroll_v2_payroll_activity_codes_payroll_activity_code_export_response import (
        ExportResponseOfPayrollV2PayrollActivityCodesPayrollActivityCodeExportResponse,
    )
    from .export_response_of_payroll_v2_payroll_adjustments_payroll_adjustment_export_response import (
        ExportResponseOfPayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse,
    )
    from .export_response_of_payroll_v2_payroll_settings_payroll_settings_export_response import (
        ExportResponseOfPayrollV2PayrollSettingsPayrollSettingsExportResponse,
    )
    from .export_response_of_payroll_v2_timesheet_codes_timesheet_code_export_response import (
        ExportResponseOfPayrollV2TimesheetCodesTimesheetCodeExportResponse,
    )
    from .export_response_of_payroll_v2_timesheets_job_timesheet_export_response import (
        ExportResponseOfPayrollV2TimesheetsJobTimesheetExportResponse,
    )
    from .modification_response import ModificationResponse
    from .paginated_response_of_payroll_v2_gross_pay_items_gross_pay_item_response import (
        PaginatedResponseOfPayrollV2GrossPayItemsGrossPayItemResponse,
    )
    from .paginated_response_of_payroll_v2_job_splits_job_split_response import (
        PaginatedResponseOfPayrollV2JobSplitsJobSplitResponse,
    )
    from .paginated_response_of_payroll_v2_location_labor_types_location_labor_type_response import (
        PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse,
    )
    from .paginated_response_of_payroll_v2_payroll_activity_codes_payroll_activity_code_response import (
        PaginatedResponseOfPayrollV2PayrollActivityCodesPayrollActivityCodeResponse,
    )
    from .paginated_response_of_payroll_v2_payroll_adjustments_payroll_adjustment_response import (
        PaginatedResponseOfPayrollV2PayrollAdjustmentsPayrollAdjustmentResponse,
    )
    from .paginated_response_of_payroll_v2_payroll_settings_payroll_settings_list_response import (
        PaginatedResponseOfPayrollV2PayrollSettingsPayrollSettingsListResponse,
    )
    from .paginated_response_of_payroll_v2_payrolls_payroll_response import (
        PaginatedResponseOfPayrollV2PayrollsPayrollResponse,
    )
    from .paginated_response_of_payroll_v2_timesheet_codes_timesheet_code_response import (
        PaginatedResponseOfPayrollV2TimesheetCodesTimesheetCodeResponse,
    )
    from .paginated_response_of_payroll_v2_timesheets_job_timesheet_response import (
        PaginatedResponseOfPayrollV2TimesheetsJobTimesheetResponse,
    )
    from .paginated_response_of_payroll_v2_timesheets_non_job_timesheet_response import (
        PaginatedResponseOfPayrollV2TimesheetsNonJobTimesheetResponse,
    )
    from .payroll_v2_employee_type import PayrollV2EmployeeType
    from .payroll_v2_gross_pay_item_type import PayrollV2GrossPayItemType
    from .payroll_v2_gross_pay_items_gross_pay_item_create_request import (
        PayrollV2GrossPayItemsGrossPayItemCreateRequest,
    )
    from .payroll_v2_gross_pay_items_gross_pay_item_export_response import (
        PayrollV2GrossPayItemsGrossPayItemExportResponse,
    )
    from .payroll_v2_gross_pay_items_gross_pay_item_response import (
        PayrollV2GrossPayItemsGrossPayItemResponse,
    )
    from .payroll_v2_gross_pay_items_gross_pay_item_update_request import (
        PayrollV2GrossPayItemsGrossPayItemUpdateRequest,
    )
    from .payroll_v2_job_splits_job_split_export_response import (
        PayrollV2JobSplitsJobSplitExportResponse,
    )
    from .payroll_v2_job_splits_job_split_response import (
        PayrollV2JobSplitsJobSplitResponse,
    )
    from .payroll_v2_location_labor_types_location_labor_type_response import (
        PayrollV2LocationLaborTypesLocationLaborTypeResponse,
    )
    from .payroll_v2_paid_time_type import PayrollV2PaidTimeType
    from .payroll_v2_payroll_activity_codes_payroll_activity_code_export_response import (
        PayrollV2PayrollActivityCodesPayrollActivityCodeExportResponse,
    )
    from .payroll_v2_payroll_activity_codes_payroll_activity_code_response import (
        PayrollV2PayrollActivityCodesPayrollActivityCodeResponse,
    )
    from .payroll_v2_payroll_adjustment_type import PayrollV2PayrollAdjustmentType
    from .payroll_v2_payroll_adjustments_payroll_adjustment_create_request import (
        PayrollV2PayrollAdjustmentsPayrollAdjustmentCreateRequest,
    )
    from .payroll_v2_payroll_adjustments_payroll_adjustment_export_response import (
        PayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse,
    )
    from .payroll_v2_payroll_adjustments_payroll_adjustment_response import (
        PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse,
    )
    from .payroll_v2_payroll_earning_category import PayrollV2PayrollEarningCategory
    from .payroll_v2_payroll_settings_payroll_custom_field_response import (
        PayrollV2PayrollSettingsPayrollCustomFieldResponse,
    )
    from .payroll_v2_payroll_settings_payroll_custom_field_update_request import (
        PayrollV2PayrollSettingsPayrollCustomFieldUpdateRequest,
    )
    from .payroll_v2_payroll_settings_payroll_settings_export_response import (
        PayrollV2PayrollSettingsPayrollSettingsExportResponse,
    )
    from .payroll_v2_payroll_settings_payroll_settings_list_response import (
        PayrollV2PayrollSettingsPayrollSettingsListResponse,
    )
    from .payroll_v2_payroll_settings_payroll_settings_response import (
        PayrollV2PayrollSettingsPayrollSettingsResponse,
    )
    from .payroll_v2_payroll_settings_payroll_settings_update_request import (
        PayrollV2PayrollSettingsPayrollSettingsUpdateRequest,
    )
    from .payroll_v2_payroll_settings_payroll_settings_update_response import (
        PayrollV2PayrollSettingsPayrollSettingsUpdateResponse,
    )
    from .payroll_v2_payroll_status import PayrollV2PayrollStatus
    from .payroll_v2_payrolls_payroll_response import PayrollV2PayrollsPayrollResponse
    from .payroll_v2_timesheet_code_employee_type import (
        PayrollV2TimesheetCodeEmployeeType,
    )
    from .payroll_v2_timesheet_code_type import PayrollV2TimesheetCodeType
    from .payroll_v2_timesheet_codes_timesheet_code_export_response import (
        PayrollV2TimesheetCodesTimesheetCodeExportResponse,
    )
    from .payroll_v2_timesheet_codes_timesheet_code_rate_info_response import (
        PayrollV2TimesheetCodesTimesheetCodeRateInfoResponse,
    )
    from .payroll_v2_timesheet_codes_timesheet_code_response import (
        PayrollV2TimesheetCodesTimesheetCodeResponse,
    )
    from .payroll_v2_timesheet_hourly_rate_type import PayrollV2TimesheetHourlyRateType
    from .payroll_v2_timesheets_job_timesheet_export_response import (
        PayrollV2TimesheetsJobTimesheetExportResponse,
    )
    from .payroll_v2_timesheets_job_timesheet_response import (
        PayrollV2TimesheetsJobTimesheetResponse,
    )
    from .payroll_v2_timesheets_non_job_timesheet_response import (
        PayrollV2TimesheetsNonJobTimesheetResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "ExportResponseOfPayrollV2GrossPayItemsGrossPayItemExportResponse": ".export_response_of_payroll_v2_gross_pay_items_gross_pay_item_export_response",
    "ExportResponseOfPayrollV2JobSplitsJobSplitExportResponse": ".export_response_of_payroll_v2_job_splits_job_split_export_response",
    "ExportResponseOfPayrollV2PayrollActivityCodesPayrollActivityCodeExportResponse": ".export_response_of_payroll_v2_payroll_activity_codes_payroll_activity_code_export_response",
    "ExportResponseOfPayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse": ".export_response_of_payroll_v2_payroll_adjustments_payroll_adjustment_export_response",
    "ExportResponseOfPayrollV2PayrollSettingsPayrollSettingsExportResponse": ".export_response_of_payroll_v2_payroll_settings_payroll_settings_export_response",
    "ExportResponseOfPayrollV2TimesheetCodesTimesheetCodeExportResponse": ".export_response_of_payroll_v2_timesheet_codes_timesheet_code_export_response",
    "ExportResponseOfPayrollV2TimesheetsJobTimesheetExportResponse": ".export_response_of_payroll_v2_timesheets_job_timesheet_export_response",
    "ModificationResponse": ".modification_response",
    "PaginatedResponseOfPayrollV2GrossPayItemsGrossPayItemResponse": ".paginated_response_of_payroll_v2_gross_pay_items_gross_pay_item_response",
    "PaginatedResponseOfPayrollV2JobSplitsJobSplitResponse": ".paginated_response_of_payroll_v2_job_splits_job_split_response",
    "PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse": ".paginated_response_of_payroll_v2_location_labor_types_location_labor_type_response",
    "PaginatedResponseOfPayrollV2PayrollActivityCodesPayrollActivityCodeResponse": ".paginated_response_of_payroll_v2_payroll_activity_codes_payroll_activity_code_response",
    "PaginatedResponseOfPayrollV2PayrollAdjustmentsPayrollAdjustmentResponse": ".paginated_response_of_payroll_v2_payroll_adjustments_payroll_adjustment_response",
    "PaginatedResponseOfPayrollV2PayrollSettingsPayrollSettingsListResponse": ".paginated_response_of_payroll_v2_payroll_settings_payroll_settings_list_response",
    "PaginatedResponseOfPayrollV2PayrollsPayrollResponse": ".paginated_response_of_payroll_v2_payrolls_payroll_response",
    "PaginatedResponseOfPayrollV2TimesheetCodesTimesheetCodeResponse": ".paginated_response_of_payroll_v2_timesheet_codes_timesheet_code_response",
    "PaginatedResponseOfPayrollV2TimesheetsJobTimesheetResponse": ".paginated_response_of_payroll_v2_timesheets_job_timesheet_response",
    "PaginatedResponseOfPayrollV2TimesheetsNonJobTimesheetResponse": ".paginated_response_of_payroll_v2_timesheets_non_job_timesheet_response",
    "PayrollV2EmployeeType": ".payroll_v2_employee_type",
    "PayrollV2GrossPayItemType": ".payroll_v2_gross_pay_item_type",
    "PayrollV2GrossPayItemsGrossPayItemCreateRequest": ".payroll_v2_gross_pay_items_gross_pay_item_create_request",
    "PayrollV2GrossPayItemsGrossPayItemExportResponse": ".payroll_v2_gross_pay_items_gross_pay_item_export_response",
    "PayrollV2GrossPayItemsGrossPayItemResponse": ".payroll_v2_gross_pay_items_gross_pay_item_response",
    "PayrollV2GrossPayItemsGrossPayItemUpdateRequest": ".payroll_v2_gross_pay_items_gross_pay_item_update_request",
    "PayrollV2JobSplitsJobSplitExportResponse": ".payroll_v2_job_splits_job_split_export_response",
    "PayrollV2JobSplitsJobSplitResponse": ".payroll_v2_job_splits_job_split_response",
    "PayrollV2LocationLaborTypesLocationLaborTypeResponse": ".payroll_v2_location_labor_types_location_labor_type_response",
    "PayrollV2PaidTimeType": ".payroll_v2_paid_time_type",
    "PayrollV2PayrollActivityCodesPayrollActivityCodeExportResponse": ".payroll_v2_payroll_activity_codes_payroll_activity_code_export_response",
    "PayrollV2PayrollActivityCodesPayrollActivityCodeResponse": ".payroll_v2_payroll_activity_codes_payroll_activity_code_response",
    "PayrollV2PayrollAdjustmentType": ".payroll_v2_payroll_adjustment_type",
    "PayrollV2PayrollAdjustmentsPayrollAdjustmentCreateRequest": ".payroll_v2_payroll_adjustments_payroll_adjustment_create_request",
    "PayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse": ".payroll_v2_payroll_adjustments_payroll_adjustment_export_response",
    "PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse": ".payroll_v2_payroll_adjustments_payroll_adjustment_response",
    "PayrollV2PayrollEarningCategory": ".payroll_v2_payroll_earning_category",
    "PayrollV2PayrollSettingsPayrollCustomFieldResponse": ".payroll_v2_payroll_settings_payroll_custom_field_response",
    "PayrollV2PayrollSettingsPayrollCustomFieldUpdateRequest": ".payroll_v2_payroll_settings_payroll_custom_field_update_request",
    "PayrollV2PayrollSettingsPayrollSettingsExportResponse": ".payroll_v2_payroll_settings_payroll_settings_export_response",
    "PayrollV2PayrollSettingsPayrollSettingsListResponse": ".payroll_v2_payroll_settings_payroll_settings_list_response",
    "PayrollV2PayrollSettingsPayrollSettingsResponse": ".payroll_v2_payroll_settings_payroll_settings_response",
    "PayrollV2PayrollSettingsPayrollSettingsUpdateRequest": ".payroll_v2_payroll_settings_payroll_settings_update_request",
    "PayrollV2PayrollSettingsPayrollSettingsUpdateResponse": ".payroll_v2_payroll_settings_payroll_settings_update_response",
    "PayrollV2PayrollStatus": ".payroll_v2_payroll_status",
    "PayrollV2PayrollsPayrollResponse": ".payroll_v2_payrolls_payroll_response",
    "PayrollV2TimesheetCodeEmployeeType": ".payroll_v2_timesheet_code_employee_type",
    "PayrollV2TimesheetCodeType": ".payroll_v2_timesheet_code_type",
    "PayrollV2TimesheetCodesTimesheetCodeExportResponse": ".payroll_v2_timesheet_codes_timesheet_code_export_response",
    "PayrollV2TimesheetCodesTimesheetCodeRateInfoResponse": ".payroll_v2_timesheet_codes_timesheet_code_rate_info_response",
    "PayrollV2TimesheetCodesTimesheetCodeResponse": ".payroll_v2_timesheet_codes_timesheet_code_response",
    "PayrollV2TimesheetHourlyRateType": ".payroll_v2_timesheet_hourly_rate_type",
    "PayrollV2TimesheetsJobTimesheetExportResponse": ".payroll_v2_timesheets_job_timesheet_export_response",
    "PayrollV2TimesheetsJobTimesheetResponse": ".payroll_v2_timesheets_job_timesheet_response",
    "PayrollV2TimesheetsNonJobTimesheetResponse": ".payroll_v2_timesheets_non_job_timesheet_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "ExportResponseOfPayrollV2GrossPayItemsGrossPayItemExportResponse",
    "ExportResponseOfPayrollV2JobSplitsJobSplitExportResponse",
    "ExportResponseOfPayrollV2PayrollActivityCodesPayrollActivityCodeExportResponse",
    "ExportResponseOfPayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse",
    "ExportResponseOfPayrollV2PayrollSettingsPayrollSettingsExportResponse",
    "ExportResponseOfPayrollV2TimesheetCodesTimesheetCodeExportResponse",
    "ExportResponseOfPayrollV2TimesheetsJobTimesheetExportResponse",
    "ModificationResponse",
    "PaginatedResponseOfPayrollV2GrossPayItemsGrossPayItemResponse",
    "PaginatedResponseOfPayrollV2JobSplitsJobSplitResponse",
    "PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse",
    "PaginatedResponseOfPayrollV2PayrollActivityCodesPayrollActivityCodeResponse",
    "PaginatedResponseOfPayrollV2PayrollAdjustmentsPayrollAdjustmentResponse",
    "PaginatedResponseOfPayrollV2PayrollSettingsPayrollSettingsListResponse",
    "PaginatedResponseOfPayrollV2PayrollsPayrollResponse",
    "PaginatedResponseOfPayrollV2TimesheetCodesTimesheetCodeResponse",
    "PaginatedResponseOfPayrollV2TimesheetsJobTimesheetResponse",
    "PaginatedResponseOfPayrollV2TimesheetsNonJobTimesheetResponse",
    "PayrollV2EmployeeType",
    "PayrollV2GrossPayItemType",
    "PayrollV2GrossPayItemsGrossPayItemCreateRequest",
    "PayrollV2GrossPayItemsGrossPayItemExportResponse",
    "PayrollV2GrossPayItemsGrossPayItemResponse",
    "PayrollV2GrossPayItemsGrossPayItemUpdateRequest",
    "PayrollV2JobSplitsJobSplitExportResponse",
    "PayrollV2JobSplitsJobSplitResponse",
    "PayrollV2LocationLaborTypesLocationLaborTypeResponse",
    "PayrollV2PaidTimeType",
    "PayrollV2PayrollActivityCodesPayrollActivityCodeExportResponse",
    "PayrollV2PayrollActivityCodesPayrollActivityCodeResponse",
    "PayrollV2PayrollAdjustmentType",
    "PayrollV2PayrollAdjustmentsPayrollAdjustmentCreateRequest",
    "PayrollV2PayrollAdjustmentsPayrollAdjustmentExportResponse",
    "PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse",
    "PayrollV2PayrollEarningCategory",
    "PayrollV2PayrollSettingsPayrollCustomFieldResponse",
    "PayrollV2PayrollSettingsPayrollCustomFieldUpdateRequest",
    "PayrollV2PayrollSettingsPayrollSettingsExportResponse",
    "PayrollV2PayrollSettingsPayrollSettingsListResponse",
    "PayrollV2PayrollSettingsPayrollSettingsResponse",
    "PayrollV2PayrollSettingsPayrollSettingsUpdateRequest",
    "PayrollV2PayrollSettingsPayrollSettingsUpdateResponse",
    "PayrollV2PayrollStatus",
    "PayrollV2PayrollsPayrollResponse",
    "PayrollV2TimesheetCodeEmployeeType",
    "PayrollV2TimesheetCodeType",
    "PayrollV2TimesheetCodesTimesheetCodeExportResponse",
    "PayrollV2TimesheetCodesTimesheetCodeRateInfoResponse",
    "PayrollV2TimesheetCodesTimesheetCodeResponse",
    "PayrollV2TimesheetHourlyRateType",
    "PayrollV2TimesheetsJobTimesheetExportResponse",
    "PayrollV2TimesheetsJobTimesheetResponse",
    "PayrollV2TimesheetsNonJobTimesheetResponse",
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
