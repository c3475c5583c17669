"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .paginated_response_of_service_titan_marketing_review_engine_services_models_reviews_review_report import (
        PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport,
    )
    from .service_titan_marketing_review_engine_common_enums_pulled_review_recommendation_status import (
        ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus,
    )
    from .service_titan_marketing_review_engine_services_models_reviews_job_status import (
        ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus,
    )
    from .service_titan_marketing_review_engine_services_models_reviews_response_type import (
        ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType,
    )
    from .service_titan_marketing_review_engine_services_models_reviews_review_match_confidence_level import (
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel,
    )
    from .service_titan_marketing_review_engine_services_models_reviews_review_report import (
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport,
    )
    from .service_titan_marketing_review_engine_services_models_reviews_review_updated_status import (
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus,
    )
    from .service_titan_marketing_review_engine_services_models_reviews_reviews_report_type import (
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType,
    )

_MODULE_OF = {
    "PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport": ".paginated_response_of_service_titan_marketing_review_engine_services_models_reviews_review_report",
    "ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus": ".service_titan_marketing_review_engine_common_enums_pulled_review_recommendation_status",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus": ".service_titan_marketing_review_engine_services_models_reviews_job_status",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType": ".service_titan_marketing_review_engine_services_models_reviews_response_type",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel": ".service_titan_marketing_review_engine_services_models_reviews_review_match_confidence_level",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport": ".service_titan_marketing_review_engine_services_models_reviews_review_report",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus": ".service_titan_marketing_review_engine_services_models_reviews_review_updated_status",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType": ".service_titan_marketing_review_engine_services_models_reviews_reviews_report_type",
}

__all__ = (
    "PaginatedResponseOfServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport",
    "ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsResponseType",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewMatchConfidenceLevel",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus",
    "ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewsReportType",
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
