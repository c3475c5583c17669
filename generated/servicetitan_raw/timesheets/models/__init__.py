"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .export_response_of_timesheets_v2_activities_activity_export_response import (
        ExportResponseOfTimesheetsV2ActivitiesActivityExportResponse,
    )
    from .export_response_of_timesheets_v2_activity_categories_activity_category_export_response import (
        ExportResponseOfTimesheetsV2ActivityCategoriesActivityCategoryExportResponse,
    )
    from .export_response_of_timesheets_v2_activity_types_activity_type_export_response import (
        ExportResponseOfTimesheetsV2ActivityTypesActivityTypeExportResponse,
    )
    from .modification_response import ModificationResponse
    from .paginated_response_of_timesheets_v2_activities_activities_response import (
        PaginatedResponseOfTimesheetsV2ActivitiesActivitiesResponse,
    )
    from .paginated_response_of_timesheets_v2_activity_categories_activity_categories_response import (
        PaginatedResponseOfTimesheetsV2ActivityCategoriesActivityCategoriesResponse,
    )
    from .paginated_response_of_timesheets_v2_activity_types_activity_types_response import (
        PaginatedResponseOfTimesheetsV2ActivityTypesActivityTypesResponse,
    )
    from .timesheets_contracts_services_activity_types_displayed_technician_status_dto import (
        TimesheetsContractsServicesActivityTypesDisplayedTechnicianStatusDto,
    )
    from .timesheets_v2_activities_activities_response import (
        TimesheetsV2ActivitiesActivitiesResponse,
    )
    from .timesheets_v2_activities_activity_create_request import (
        TimesheetsV2ActivitiesActivityCreateRequest,
    )
    from .timesheets_v2_activities_activity_entry_coordinate import (
        TimesheetsV2ActivitiesActivityEntryCoordinate,
    )
    from .timesheets_v2_activities_activity_export_response import (
        TimesheetsV2ActivitiesActivityExportResponse,
    )
    from .timesheets_v2_activities_activity_response import (
        TimesheetsV2ActivitiesActivityResponse,
    )
    from .timesheets_v2_activities_activity_update_request import (
        TimesheetsV2ActivitiesActivityUpdateRequest,
    )
    from .timesheets_v2_activity_categories_activity_categories_response import (
        TimesheetsV2ActivityCategoriesActivityCategoriesResponse,
    )
    from .timesheets_v2_activity_categories_activity_category_export_response import (
        TimesheetsV2ActivityCategoriesActivityCategoryExportResponse,
    )
    from .timesheets_v2_activity_categories_activity_category_response import (
        TimesheetsV2ActivityCategoriesActivityCategoryResponse,
    )
    from .timesheets_v2_activity_category_type import TimesheetsV2ActivityCategoryType
    from .timesheets_v2_activity_types_activity_type_export_response import (
        TimesheetsV2ActivityTypesActivityTypeExportResponse,
    )
    from .timesheets_v2_activity_types_activity_type_response import (
        TimesheetsV2ActivityTypesActivityTypeResponse,
    )
    from .timesheets_v2_activity_types_activity_types_response import (
        TimesheetsV2ActivityTypesActivityTypesResponse,
    )
    from .timesheets_v2_association import TimesheetsV2Association
    from .timesheets_v2_employee_type import TimesheetsV2EmployeeType

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "ExportResponseOfTimesheetsV2ActivitiesActivityExportResponse": ".export_response_of_timesheets_v2_activities_activity_export_response",
    "ExportResponseOfTimesheetsV2ActivityCategoriesActivityCategoryExportResponse": ".export_response_of_timesheets_v2_activity_categories_activity_category_export_response",
    "ExportResponseOfTimesheetsV2ActivityTypesActivityTypeExportResponse": ".export_response_of_timesheets_v2_activity_types_activity_type_export_response",
    "ModificationResponse": ".modification_response",
    "PaginatedResponseOfTimesheetsV2ActivitiesActivitiesResponse": ".paginated_response_of_timesheets_v2_activities_activities_response",
    "PaginatedResponseOfTimesheetsV2ActivityCategoriesActivityCategoriesResponse": ".paginated_response_of_timesheets_v2_activity_categories_activity_categories_response",
    "PaginatedResponseOfTimesheetsV2ActivityTypesActivityTypesResponse": ".paginated_response_of_timesheets_v2_activity_types_activity_types_response",
    "TimesheetsContractsServicesActivityTypesDisplayedTechnicianStatusDto": ".timesheets_contracts_services_activity_types_displayed_technician_status_dto",
    "TimesheetsV2ActivitiesActivitiesResponse": ".timesheets_v2_activities_activities_response",
    "TimesheetsV2ActivitiesActivityCreateRequest": ".timesheets_v2_activities_activity_create_request",
    "TimesheetsV2ActivitiesActivityEntryCoordinate": ".timesheets_v2_activities_activity_entry_coordinate",
    "TimesheetsV2ActivitiesActivityExportResponse": ".timesheets_v2_activities_activity_export_response",
    "TimesheetsV2ActivitiesActivityResponse": ".timesheets_v2_activities_activity_response",
    "TimesheetsV2ActivitiesActivityUpdateRequest": ".timesheets_v2_activities_activity_update_request",
    "TimesheetsV2ActivityCategoriesActivityCategoriesResponse": ".timesheets_v2_activity_categories_activity_categories_response",
    "TimesheetsV2ActivityCategoriesActivityCategoryExportResponse": ".timesheets_v2_activity_categories_activity_category_export_response",
    "TimesheetsV2ActivityCategoriesActivityCategoryResponse": ".timesheets_v2_activity_categories_activity_category_response",
    "TimesheetsV2ActivityCategoryType": ".timesheets_v2_activity_category_type",
    "TimesheetsV2ActivityTypesActivityTypeExportResponse": ".timesheets_v2_activity_types_activity_type_export_response",
    "TimesheetsV2ActivityTypesActivityTypeResponse": ".timesheets_v2_activity_types_activity_type_response",
    "TimesheetsV2ActivityTypesActivityTypesResponse": ".timesheets_v2_activity_types_activity_types_response",
    "TimesheetsV2Association": ".timesheets_v2_association",
    "TimesheetsV2EmployeeType": ".timesheets_v2_employee_type",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "ExportResponseOfTimesheetsV2ActivitiesActivityExportResponse",
    "ExportResponseOfTimesheetsV2ActivityCategoriesActivityCategoryExportResponse",
    "ExportResponseOfTimesheetsV2ActivityTypesActivityTypeExportResponse",
    "ModificationResponse",
    "PaginatedResponseOfTimesheetsV2ActivitiesActivitiesResponse",
    "PaginatedResponseOfTimesheetsV2ActivityCategoriesActivityCategoriesResponse",
    "PaginatedResponseOfTimesheetsV2ActivityTypesActivityTypesResponse",
    "TimesheetsContractsServicesActivityTypesDisplayedTechnicianStatusDto",
    "TimesheetsV2ActivitiesActivitiesResponse",
    "TimesheetsV2ActivitiesActivityCreateRequest",
    "TimesheetsV2ActivitiesActivityEntryCoordinate",
    "TimesheetsV2ActivitiesActivityExportResponse",
    "TimesheetsV2ActivitiesActivityResponse",
    "TimesheetsV2ActivitiesActivityUpdateRequest",
    "TimesheetsV2ActivityCategoriesActivityCategoriesResponse",
    "TimesheetsV2ActivityCategoriesActivityCategoryExportResponse",
    "TimesheetsV2ActivityCategoriesActivityCategoryResponse",
    "TimesheetsV2ActivityCategoryType",
    "TimesheetsV2ActivityTypesActivityTypeExportResponse",
    "TimesheetsV2ActivityTypesActivityTypeResponse",
    "TimesheetsV2ActivityTypesActivityTypesResponse",
    "TimesheetsV2Association",
    "TimesheetsV2EmployeeType",
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
