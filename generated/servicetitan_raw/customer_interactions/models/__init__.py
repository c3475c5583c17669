"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .customer_interactions_v2_create_or_update_technician_assessment_request import (
        CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequest,
    )
    from .customer_interactions_v2_create_or_update_technician_assessment_request_old import (
        CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequestOld,
    )
    from .customer_interactions_v2_export_technician_assessment_response import (
        CustomerInteractionsV2ExportTechnicianAssessmentResponse,
    )
    from .customer_interactions_v2_technician_assessment_response import (
        CustomerInteractionsV2TechnicianAssessmentResponse,
    )
    from .export_response_of_customer_interactions_v2_export_technician_assessment_response import (
        ExportResponseOfCustomerInteractionsV2ExportTechnicianAssessmentResponse,
    )
    from .paginated_response_of_customer_interactions_v2_technician_assessment_response import (
        PaginatedResponseOfCustomerInteractionsV2TechnicianAssessmentResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequest": ".customer_interactions_v2_create_or_update_technician_assessment_request",
    "CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequestOld": ".customer_interactions_v2_create_or_update_technician_assessment_request_old",
    "CustomerInteractionsV2ExportTechnicianAssessmentResponse": ".customer_interactions_v2_export_technician_assessment_response",
    "CustomerInteractionsV2TechnicianAssessmentResponse": ".customer_interactions_v2_technician_assessment_response",
    "ExportResponseOfCustomerInteractionsV2ExportTechnicianAssessmentResponse": ".export_response_of_customer_interactions_v2_export_technician_assessment_response",
    "PaginatedResponseOfCustomerInteractionsV2TechnicianAssessmentResponse": ".paginated_response_of_customer_interactions_v2_technician_assessment_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequest",
    "CustomerInteractionsV2CreateOrUpdateTechnicianAssessmentRequestOld",
    "CustomerInteractionsV2ExportTechnicianAssessmentResponse",
    "CustomerInteractionsV2TechnicianAssessmentResponse",
    "ExportResponseOfCustomerInteractionsV2ExportTechnicianAssessmentResponse",
    "PaginatedResponseOfCustomerInteractionsV2TechnicianAssessmentResponse",
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
