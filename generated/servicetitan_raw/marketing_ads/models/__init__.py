"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .marketing_ads_client_capacity_awareness_warning import (
        MarketingAdsClientCapacityAwarenessWarning,
    )
    from .marketing_ads_client_lead_type import MarketingAdsClientLeadType
    from .marketing_ads_client_lead_type_int_32 import MarketingAdsClientLeadTypeInt32
    from .marketing_ads_contracts_attributed_leads_attribution import (
        MarketingAdsContractsAttributedLeadsAttribution,
    )
    from .marketing_ads_contracts_attributed_leads_booking import (
        MarketingAdsContractsAttributedLeadsBooking,
    )
    from .marketing_ads_contracts_attributed_leads_call import (
        MarketingAdsContractsAttributedLeadsCall,
    )
    from .marketing_ads_contracts_attributed_leads_customer import (
        MarketingAdsContractsAttributedLeadsCustomer,
    )
    from .marketing_ads_contracts_attributed_leads_entity_type import (
        MarketingAdsContractsAttributedLeadsEntityType,
    )
    from .marketing_ads_contracts_attributed_leads_get_attributed_leads_response import (
        MarketingAdsContractsAttributedLeadsGetAttributedLeadsResponse,
    )
    from .marketing_ads_contracts_attributed_leads_job import (
        MarketingAdsContractsAttributedLeadsJob,
    )
    from .marketing_ads_contracts_attributed_leads_lead_form import (
        MarketingAdsContractsAttributedLeadsLeadForm,
    )
    from .marketing_ads_contracts_capacity_awareness_warning_query_result import (
        MarketingAdsContractsCapacityAwarenessWarningQueryResult,
    )
    from .marketing_ads_contracts_performance_ad_group import (
        MarketingAdsContractsPerformanceAdGroup,
    )
    from .marketing_ads_contracts_performance_campaign import (
        MarketingAdsContractsPerformanceCampaign,
    )
    from .marketing_ads_contracts_performance_digital_stats import (
        MarketingAdsContractsPerformanceDigitalStats,
    )
    from .marketing_ads_contracts_performance_get_performance_response import (
        MarketingAdsContractsPerformanceGetPerformanceResponse,
    )
    from .marketing_ads_contracts_performance_keyword import (
        MarketingAdsContractsPerformanceKeyword,
    )
    from .marketing_ads_contracts_performance_lead_stats import (
        MarketingAdsContractsPerformanceLeadStats,
    )
    from .marketing_ads_contracts_performance_performance_segmentation_type import (
        MarketingAdsContractsPerformancePerformanceSegmentationType,
    )
    from .marketing_ads_contracts_performance_status import (
        MarketingAdsContractsPerformanceStatus,
    )
    from .marketing_ads_v2_create_external_call_attribution_request import (
        MarketingAdsV2CreateExternalCallAttributionRequest,
    )
    from .marketing_ads_v2_create_scheduled_job_attribution_request import (
        MarketingAdsV2CreateScheduledJobAttributionRequest,
    )
    from .marketing_ads_v2_create_web_booking_attribution_request import (
        MarketingAdsV2CreateWebBookingAttributionRequest,
    )
    from .marketing_ads_v2_create_web_lead_form_attribution_request import (
        MarketingAdsV2CreateWebLeadFormAttributionRequest,
    )
    from .marketing_ads_v2_external_call_data import MarketingAdsV2ExternalCallData
    from .marketing_ads_v2_web_session_data import MarketingAdsV2WebSessionData
    from .paginated_response_of_marketing_ads_contracts_attributed_leads_get_attributed_leads_response import (
        PaginatedResponseOfMarketingAdsContractsAttributedLeadsGetAttributedLeadsResponse,
    )
    from .paginated_response_of_marketing_ads_contracts_performance_get_performance_response import (
        PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse,
    )

_MODULE_OF = {
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "MarketingAdsClientCapacityAwarenessWarning": ".marketing_ads_client_capacity_awareness_warning",
    "MarketingAdsClientLeadType": ".marketing_ads_client_lead_type",
    "MarketingAdsClientLeadTypeInt32": ".marketing_ads_client_lead_type_int_32",
    "MarketingAdsContractsAttributedLeadsAttribution": ".marketing_ads_contracts_attributed_leads_attribution",
    "MarketingAdsContractsAttributedLeadsBooking": ".marketing_ads_contracts_attributed_leads_booking",
    "MarketingAdsContractsAttributedLeadsCall": ".marketing_ads_contracts_attributed_leads_call",
    "MarketingAdsContractsAttributedLeadsCustomer": ".marketing_ads_contracts_attributed_leads_customer",
    "MarketingAdsContractsAttributedLeadsEntityType": ".marketing_ads_contracts_attributed_leads_entity_type",
    "MarketingAdsContractsAttributedLeadsGetAttributedLeadsResponse": ".marketing_ads_contracts_attributed_leads_get_attributed_leads_response",
    "MarketingAdsContractsAttributedLeadsJob": ".marketing_ads_contracts_attributed_leads_job",
    "MarketingAdsContractsAttributedLeadsLeadForm": ".marketing_ads_contracts_attributed_leads_lead_form",
    "MarketingAdsContractsCapacityAwarenessWarningQueryResult": ".marketing_ads_contracts_capacity_awareness_warning_query_result",
    "MarketingAdsContractsPerformanceAdGroup": ".marketing_ads_contracts_performance_ad_group",
    "MarketingAdsContractsPerformanceCampaign": ".marketing_ads_contracts_performance_campaign",
    "MarketingAdsContractsPerformanceDigitalStats": ".marketing_ads_contracts_performance_digital_stats",
    "MarketingAdsContractsPerformanceGetPerformanceResponse": ".marketing_ads_contracts_performance_get_performance_response",
    "MarketingAdsContractsPerformanceKeyword": ".marketing_ads_contracts_performance_keyword",
    "MarketingAdsContractsPerformanceLeadStats": ".marketing_ads_contracts_performance_lead_stats",
    "MarketingAdsContractsPerformancePerformanceSegmentationType": ".marketing_ads_contracts_performance_performance_segmentation_type",
    "MarketingAdsContractsPerformanceStatus": ".marketing_ads_contracts_performance_status",
    "MarketingAdsV2CreateExternalCallAttributionRequest": ".marketing_ads_v2_create_external_call_attribution_request",
    "MarketingAdsV2CreateScheduledJobAttributionRequest": ".marketing_ads_v2_create_scheduled_job_attribution_request",
    "MarketingAdsV2CreateWebBookingAttributionRequest": ".marketing_ads_v2_create_web_booking_attribution_request",
    "MarketingAdsV2CreateWebLeadFormAttributionRequest": ".marketing_ads_v2_create_web_lead_form_attribution_request",
    "MarketingAdsV2ExternalCallData": ".marketing_ads_v2_external_call_data",
    "MarketingAdsV2WebSessionData": ".marketing_ads_v2_web_session_data",
    "PaginatedResponseOfMarketingAdsContractsAttributedLeadsGetAttributedLeadsResponse": ".paginated_response_of_marketing_ads_contracts_attributed_leads_get_attributed_leads_response",
    "PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse": ".paginated_response_of_marketing_ads_contracts_performance_get_performance_response",
}

__all__ = (
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "MarketingAdsClientCapacityAwarenessWarning",
    "MarketingAdsClientLeadType",
    "MarketingAdsClientLeadTypeInt32",
    "MarketingAdsContractsAttributedLeadsAttribution",
    "MarketingAdsContractsAttributedLeadsBooking",
    "MarketingAdsContractsAttributedLeadsCall",
    "MarketingAdsContractsAttributedLeadsCustomer",
    "MarketingAdsContractsAttributedLeadsEntityType",
    "MarketingAdsContractsAttributedLeadsGetAttributedLeadsResponse",
    "MarketingAdsContractsAttributedLeadsJob",
    "MarketingAdsContractsAttributedLeadsLeadForm",
    "MarketingAdsContractsCapacityAwarenessWarningQueryResult",
    "MarketingAdsContractsPerformanceAdGroup",
    "MarketingAdsContractsPerformanceCampaign",
    "MarketingAdsContractsPerformanceDigitalStats",
    "MarketingAdsContractsPerformanceGetPerformanceResponse",
    "MarketingAdsContractsPerformanceKeyword",
    "MarketingAdsContractsPerformanceLeadStats",
    "MarketingAdsContractsPerformancePerformanceSegmentationType",
    "MarketingAdsContractsPerformanceStatus",
    "MarketingAdsV2CreateExternalCallAttributionRequest",
    "MarketingAdsV2CreateScheduledJobAttributionRequest",
    "MarketingAdsV2CreateWebBookingAttributionRequest",
    "MarketingAdsV2CreateWebLeadFormAttributionRequest",
    "MarketingAdsV2ExternalCallData",
    "MarketingAdsV2WebSessionData",
    "PaginatedResponseOfMarketingAdsContractsAttributedLeadsGetAttributedLeadsResponse",
    "PaginatedResponseOfMarketingAdsContractsPerformanceGetPerformanceResponse",
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
