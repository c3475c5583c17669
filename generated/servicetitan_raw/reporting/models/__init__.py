"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .paginated_response_of_reporting_v2_report_category_list_item import (
        PaginatedResponseOfReportingV2ReportCategoryListItem,
    )
    from .paginated_response_of_reporting_v2_report_list_item import (
        PaginatedResponseOfReportingV2ReportListItem,
    )
    from .reporting_v2_data_type import ReportingV2DataType
    from .reporting_v2_dynamic_set_response import ReportingV2DynamicSetResponse
    from .reporting_v2_header_field import ReportingV2HeaderField
    from .reporting_v2_parameter_possible_values import (
        ReportingV2ParameterPossibleValues,
    )
    from .reporting_v2_report_category_list_item import (
        ReportingV2ReportCategoryListItem,
    )
    from .reporting_v2_report_data_async_status import ReportingV2ReportDataAsyncStatus
    from .reporting_v2_report_data_parameter import ReportingV2ReportDataParameter
    from .reporting_v2_report_data_pending_response import (
        ReportingV2ReportDataPendingResponse,
    )
    from .reporting_v2_report_data_request import ReportingV2ReportDataRequest
    from .reporting_v2_report_data_response import ReportingV2ReportDataResponse
    from .reporting_v2_report_field import ReportingV2ReportField
    from .reporting_v2_report_list_item import ReportingV2ReportListItem
    from .reporting_v2_report_parameter import ReportingV2ReportParameter
    from .reporting_v2_report_response import ReportingV2ReportResponse

_MODULE_OF = {
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "PaginatedResponseOfReportingV2ReportCategoryListItem": ".paginated_response_of_reporting_v2_report_category_list_item",
    "PaginatedResponseOfReportingV2ReportListItem": ".paginated_response_of_reporting_v2_report_list_item",
    "ReportingV2DataType": ".reporting_v2_data_type",
    "ReportingV2DynamicSetResponse": ".reporting_v2_dynamic_set_response",
    "ReportingV2HeaderField": ".reporting_v2_header_field",
    "ReportingV2ParameterPossibleValues": ".reporting_v2_parameter_possible_values",
    "ReportingV2ReportCategoryListItem": ".reporting_v2_report_category_list_item",
    "ReportingV2ReportDataAsyncStatus": ".reporting_v2_report_data_async_status",
    "ReportingV2ReportDataParameter": ".reporting_v2_report_data_parameter",
    "ReportingV2ReportDataPendingResponse": ".reporting_v2_report_data_pending_response",
    "ReportingV2ReportDataRequest": ".reporting_v2_report_data_request",
    "ReportingV2ReportDataResponse": ".reporting_v2_report_data_response",
    "ReportingV2ReportField": ".reporting_v2_report_field",
    "ReportingV2ReportListItem": ".reporting_v2_report_list_item",
    "ReportingV2ReportParameter": ".reporting_v2_report_parameter",
    "ReportingV2ReportResponse": ".reporting_v2_report_response",
}

__all__ = (
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "PaginatedResponseOfReportingV2ReportCategoryListItem",
    "PaginatedResponseOfReportingV2ReportListItem",
    "ReportingV2DataType",
    "ReportingV2DynamicSetResponse",
    "ReportingV2HeaderField",
    "ReportingV2ParameterPossibleValues",
    "ReportingV2ReportCategoryListItem",
    "ReportingV2ReportDataAsyncStatus",
    "ReportingV2ReportDataParameter",
    "ReportingV2ReportDataPendingResponse",
    "ReportingV2ReportDataRequest",
    "ReportingV2ReportDataResponse",
    "ReportingV2ReportField",
    "ReportingV2ReportListItem",
    "ReportingV2ReportParameter",
    "ReportingV2ReportResponse",
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
