"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .export_response_of_service_agreements_v2_export_service_agreement_response import (
        ExportResponseOfServiceAgreementsV2ExportServiceAgreementResponse,
    )
    from .paginated_response_of_service_agreements_v2_service_agreement_response import (
        PaginatedResponseOfServiceAgreementsV2ServiceAgreementResponse,
    )
    from .service_agreements_v2_agreement_origin import (
        ServiceAgreementsV2AgreementOrigin,
    )
    from .service_agreements_v2_agreement_status import (
        ServiceAgreementsV2AgreementStatus,
    )
    from .service_agreements_v2_billing_schedule_type import (
        ServiceAgreementsV2BillingScheduleType,
    )
    from .service_agreements_v2_cancellation_invoice_mode import (
        ServiceAgreementsV2CancellationInvoiceMode,
    )
    from .service_agreements_v2_custom_field_response import (
        ServiceAgreementsV2CustomFieldResponse,
    )
    from .service_agreements_v2_export_service_agreement_response import (
        ServiceAgreementsV2ExportServiceAgreementResponse,
    )
    from .service_agreements_v2_pricing_strategy_type import (
        ServiceAgreementsV2PricingStrategyType,
    )
    from .service_agreements_v2_revenue_recognition_mode import (
        ServiceAgreementsV2RevenueRecognitionMode,
    )
    from .service_agreements_v2_service_agreement_response import (
        ServiceAgreementsV2ServiceAgreementResponse,
    )
    from .service_agreements_v2_service_agreement_template_fields_response import (
        ServiceAgreementsV2ServiceAgreementTemplateFieldsResponse,
    )
    from .service_agreements_v2_target_margin_value_type import (
        ServiceAgreementsV2TargetMarginValueType,
    )

_MODULE_OF = {
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "ExportResponseOfServiceAgreementsV2ExportServiceAgreementResponse": ".export_response_of_service_agreements_v2_export_service_agreement_response",
    "PaginatedResponseOfServiceAgreementsV2ServiceAgreementResponse": ".paginated_response_of_service_agreements_v2_service_agreement_response",
    "ServiceAgreementsV2AgreementOrigin": ".service_agreements_v2_agreement_origin",
    "ServiceAgreementsV2AgreementStatus": ".service_agreements_v2_agreement_status",
    "ServiceAgreementsV2BillingScheduleType": ".service_agreements_v2_billing_schedule_type",
    "ServiceAgreementsV2CancellationInvoiceMode": ".service_agreements_v2_cancellation_invoice_mode",
    "ServiceAgreementsV2CustomFieldResponse": ".service_agreements_v2_custom_field_response",
    "ServiceAgreementsV2ExportServiceAgreementResponse": ".service_agreements_v2_export_service_agreement_response",
    "ServiceAgreementsV2PricingStrategyType": ".service_agreements_v2_pricing_strategy_type",
    "ServiceAgreementsV2RevenueRecognitionMode": ".service_agreements_v2_revenue_recognition_mode",
    "ServiceAgreementsV2ServiceAgreementResponse": ".service_agreements_v2_service_agreement_response",
    "ServiceAgreementsV2ServiceAgreementTemplateFieldsResponse": ".service_agreements_v2_service_agreement_template_fields_response",
    "ServiceAgreementsV2TargetMarginValueType": ".service_agreements_v2_target_margin_value_type",
}

__all__ = (
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "ExportResponseOfServiceAgreementsV2ExportServiceAgreementResponse",
    "PaginatedResponseOfServiceAgreementsV2ServiceAgreementResponse",
    "ServiceAgreementsV2AgreementOrigin",
    "ServiceAgreementsV2AgreementStatus",
    "ServiceAgreementsV2BillingScheduleType",
    "ServiceAgreementsV2CancellationInvoiceMode",
    "ServiceAgreementsV2CustomFieldResponse",
    "ServiceAgreementsV2ExportServiceAgreementResponse",
    "ServiceAgreementsV2PricingStrategyType",
    "ServiceAgreementsV2RevenueRecognitionMode",
    "ServiceAgreementsV2ServiceAgreementResponse",
    "ServiceAgreementsV2ServiceAgreementTemplateFieldsResponse",
    "ServiceAgreementsV2TargetMarginValueType",
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
